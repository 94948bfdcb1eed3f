package hu.kozossegi.portal.geography.web;

import java.io.Serial;
import java.io.Serializable;

/**
 * The uploaded file kept in the HTTP session (stored in PostgreSQL) between the mapping, the dry run and the import;
 * at most {@code ImportFile.MAX_BYTES}, re-parsed at each step.
 */
record ImportUpload(String filename, byte[] content) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    static final String SESSION_KEY = "geography.settlementImport";
}
