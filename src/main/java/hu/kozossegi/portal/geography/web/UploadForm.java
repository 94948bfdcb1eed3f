package hu.kozossegi.portal.geography.web;

import org.springframework.web.multipart.MultipartFile;

/** The import's first step: the CSV file. */
record UploadForm(MultipartFile file) {
}
