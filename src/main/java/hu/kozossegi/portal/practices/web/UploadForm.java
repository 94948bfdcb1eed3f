package hu.kozossegi.portal.practices.web;

import org.springframework.web.multipart.MultipartFile;

/** One file to attach to a practice. */
class UploadForm {

    private MultipartFile file;
    private String altText = "";

    public MultipartFile getFile() { return file; }
    public void setFile(MultipartFile file) { this.file = file; }
    public String getAltText() { return altText; }
    public void setAltText(String altText) { this.altText = altText; }
}
