package hu.kozossegi.portal.practices.internal;

import hu.kozossegi.portal.shared.rules.FieldViolationException;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Decides what an uploaded file really is from its first bytes (the file name and the browser's content type
 * are the sender's claims, not facts): JPEG, PNG, GIF, WebP or PDF, nothing else. The name's extension must
 * agree with the content, so a text file named {@code .pdf} or a PDF named {@code .png} is refused.
 */
public final class UploadCheck {

    /** An accepted kind of file: its media type and the extensions a file of that kind may carry. */
    public enum Kind {
        JPEG("image/jpeg", "jpg", "jpeg"),
        PNG("image/png", "png"),
        GIF("image/gif", "gif"),
        WEBP("image/webp", "webp"),
        PDF("application/pdf", "pdf");

        private final String mediaType;
        private final String[] extensions;

        Kind(String mediaType, String... extensions) {
            this.mediaType = mediaType;
            this.extensions = extensions;
        }

        public String mediaType() {
            return mediaType;
        }

        public boolean isImage() {
            return this != PDF;
        }

        boolean allowsName(String fileName) {
            int dot = fileName.lastIndexOf('.');
            String ext = dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
            return Arrays.asList(extensions).contains(ext);
        }

        public static Optional<Kind> ofMediaType(String mediaType) {
            return Arrays.stream(values()).filter(k -> k.mediaType.equals(mediaType)).findFirst();
        }
    }

    private UploadCheck() {
    }

    /** The kind the bytes show, if it is one of the accepted kinds. */
    public static Optional<Kind> detect(byte[] bytes) {
        if (startsWith(bytes, 0, 0x25, 0x50, 0x44, 0x46, 0x2D)) {
            return Optional.of(Kind.PDF);
        }
        if (startsWith(bytes, 0, 0xFF, 0xD8, 0xFF)) {
            return Optional.of(Kind.JPEG);
        }
        if (startsWith(bytes, 0, 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A)) {
            return Optional.of(Kind.PNG);
        }
        if (startsWith(bytes, 0, 'G', 'I', 'F', '8', '7', 'a') || startsWith(bytes, 0, 'G', 'I', 'F', '8', '9', 'a')) {
            return Optional.of(Kind.GIF);
        }
        if (startsWith(bytes, 0, 'R', 'I', 'F', 'F') && startsWith(bytes, 8, 'W', 'E', 'B', 'P')) {
            return Optional.of(Kind.WEBP);
        }
        return Optional.empty();
    }

    /** The checked kind, or the message key saying why the file is refused. */
    public static Kind check(String fileName, byte[] bytes, long maxBytes) {
        if (bytes.length == 0) {
            throw new FieldViolationException("file", "practice.upload.empty");
        }
        if (bytes.length > maxBytes) {
            throw new FieldViolationException("file", "practice.upload.tooLarge");
        }
        Kind kind = detect(bytes).orElseThrow(() -> new FieldViolationException("file", "practice.upload.wrongType"));
        if (!kind.allowsName(fileName)) {
            throw new FieldViolationException("file", "practice.upload.nameMismatch");
        }
        return kind;
    }

    /** The last path segment without control characters or quotes, at most 200 characters. */
    public static String safeName(String original) {
        String name = original == null ? "" : original;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.replaceAll("[\\p{Cntrl}\"]", "").strip();
        if (name.length() > 200) {
            name = name.substring(name.length() - 200);
        }
        return name.isEmpty() ? "file" : name;
    }

    private static boolean startsWith(byte[] bytes, int offset, int... signature) {
        if (bytes.length < offset + signature.length) {
            return false;
        }
        for (int i = 0; i < signature.length; i++) {
            if ((bytes[offset + i] & 0xFF) != signature[i]) {
                return false;
            }
        }
        return true;
    }
}
