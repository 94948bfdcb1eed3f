package hu.kozossegi.portal.practices.internal;

import java.util.List;
import java.util.Optional;

import hu.kozossegi.portal.shared.db.RecordRows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stored photos and documents of practices (in PostgreSQL); lists never load the bytes. */
@Repository
public class Attachments {

    public static final int MAX_PER_PRACTICE = 5;
    public static final int MAX_ALT_TEXT = 300;

    /** What a page shows of an attachment. */
    public record AttachmentInfo(long id, long practiceId, String fileName, String mediaType, int sizeBytes,
            String altText) {

        public boolean image() {
            return mediaType.startsWith("image/");
        }
    }

    /** An attachment with its bytes, for download. */
    public record AttachmentFile(long id, long practiceId, String fileName, String mediaType, byte[] content) {
    }

    private final JdbcClient jdbc;

    Attachments(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<AttachmentInfo> list(long practiceId) {
        return jdbc.sql("""
                SELECT id, practice_id, file_name, media_type, size_bytes, alt_text FROM practice_attachment
                WHERE practice_id = ? ORDER BY id""").param(practiceId)
                .query(RecordRows.of(AttachmentInfo.class)).list();
    }

    public int count(long practiceId) {
        return jdbc.sql("SELECT count(*) FROM practice_attachment WHERE practice_id = ?").param(practiceId)
                .query(Integer.class).single();
    }

    public Optional<AttachmentFile> find(long practiceId, long id) {
        return jdbc.sql("""
                SELECT id, practice_id, file_name, media_type, content FROM practice_attachment
                WHERE practice_id = ? AND id = ?""").param(practiceId).param(id)
                .query(RecordRows.of(AttachmentFile.class)).optional();
    }

    long insert(long practiceId, String fileName, String mediaType, byte[] content, String altText, String username) {
        return jdbc.sql("""
                INSERT INTO practice_attachment (practice_id, file_name, media_type, size_bytes, content, alt_text,
                                                 uploaded_by)
                VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(practiceId, fileName, mediaType, content.length, content, altText, username)
                .query(Long.class).single();
    }

    boolean delete(long practiceId, long id) {
        return jdbc.sql("DELETE FROM practice_attachment WHERE practice_id = ? AND id = ?")
                .params(practiceId, id).update() == 1;
    }
}
