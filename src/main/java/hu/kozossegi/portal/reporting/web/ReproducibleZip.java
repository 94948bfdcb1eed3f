package hu.kozossegi.portal.reporting.web;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import hu.kozossegi.portal.reporting.internal.ReportPeriod;

/**
 * Rewrites a zip package (an XLSX file) with every entry dated {@code at}, so that the same report gives the
 * same bytes at every print: the zip writer dates each entry with the current time. Entries keep their order
 * and content; the time is written as Hungarian local time without extra fields, so it does not depend on the
 * server's time zone.
 */
final class ReproducibleZip {

    private ReproducibleZip() {
    }

    static byte[] dated(byte[] zip, Instant at) {
        LocalDateTime local = LocalDateTime.ofInstant(at, ReportPeriod.ZONE);
        ByteArrayOutputStream out = new ByteArrayOutputStream(zip.length);
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
                ZipOutputStream rewritten = new ZipOutputStream(out)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                ZipEntry copy = new ZipEntry(entry.getName());
                copy.setTimeLocal(local);
                rewritten.putNextEntry(copy);
                in.transferTo(rewritten);
                rewritten.closeEntry();
            }
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return out.toByteArray();
    }
}
