package hu.kozossegi.portal.practices.web;

import org.springframework.web.multipart.MultipartFile;

/** One file to attach to a practice. */
class UploadForm {

    private MultipartFile file;

    public MultipartFile getFile() { return file; }
    public void setFile(MultipartFile file) { this.file = file; }
}
