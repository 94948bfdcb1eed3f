package hu.kozossegi.portal.practices.web;

import hu.kozossegi.portal.shared.web.FieldErrors;

import hu.kozossegi.portal.shared.rules.FieldViolationException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import hu.kozossegi.portal.accounts.CountyAccess;
import hu.kozossegi.portal.practices.internal.Attachments;
import hu.kozossegi.portal.practices.internal.Attachments.AttachmentFile;
import hu.kozossegi.portal.practices.internal.Practice;
import hu.kozossegi.portal.practices.internal.PracticeReader;
import hu.kozossegi.portal.practices.internal.PracticeService;
import hu.kozossegi.portal.practices.internal.UploadCheck;
import hu.kozossegi.portal.shared.web.FlashMessages;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * Photos and documents of a practice. Served only as what their content proved to be: images inline with
 * their image type, PDFs as downloads; never as HTML, with nosniff and a sandboxing content security policy.
 */
@Controller
class AttachmentController {

    static final String FILE_POLICY = "default-src 'none'; sandbox; frame-ancestors 'none'";

    private final PracticeService service;
    private final PracticeReader reader;
    private final Attachments attachments;
    private final CountyAccess access;

    AttachmentController(PracticeService service, PracticeReader reader, Attachments attachments,
            CountyAccess access) {
        this.service = service;
        this.reader = reader;
        this.attachments = attachments;
        this.access = access;
    }

    @GetMapping("/good-practices/{id:\\d+}/files/{fileId:\\d+}")
    ResponseEntity<byte[]> download(@PathVariable long id, @PathVariable long fileId) {
        (access.currentUser().isPresent() ? reader.find(id) : reader.findPublished(id))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        AttachmentFile file = attachments.find(id, fileId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        UploadCheck.Kind kind = UploadCheck.Kind.ofMediaType(file.mediaType())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        ContentDisposition disposition = (kind.isImage() ? ContentDisposition.inline() : ContentDisposition.attachment())
                .filename(file.fileName(), StandardCharsets.UTF_8).build();
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(kind.mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", FILE_POLICY)
                .cacheControl(CacheControl.noCache().cachePrivate())
                .body(file.content());
    }

    @GetMapping("/good-practices/{id:\\d+}/files")
    String files(@PathVariable long id, Model model) {
        Practice practice = editable(id);
        return render(practice, new UploadForm(), model);
    }

    @PostMapping("/good-practices/{id:\\d+}/files")
    String upload(@PathVariable long id, @ModelAttribute("uploadForm") UploadForm form, BindingResult errors,
            Model model, RedirectAttributes redirect) throws IOException {
        Practice practice = editable(id);
        if (form.getFile() == null || form.getFile().isEmpty()) {
            errors.rejectValue("file", "practice.upload.empty");
            return render(practice, form, model);
        }
        try {
            service.addAttachment(id, form.getFile().getOriginalFilename(), form.getFile().getBytes(),
                    form.getAltText());
        }
        catch (FieldViolationException ex) {
            FieldErrors.reject(errors, ex);
            return render(practice, form, model);
        }
        return FlashMessages.redirect(redirect, "practice.flash.uploaded", "/good-practices/" + id + "/files");
    }

    @PostMapping("/good-practices/{id:\\d+}/files/{fileId:\\d+}/delete")
    String delete(@PathVariable long id, @PathVariable long fileId, RedirectAttributes redirect) {
        service.removeAttachment(id, fileId);
        return FlashMessages.redirect(redirect, "practice.flash.fileRemoved", "/good-practices/" + id + "/files");
    }

    private Practice editable(long id) {
        Practice practice = reader.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (!service.mayEdit(practice.countyCode())) {
            throw new AccessDeniedException("not the practice's county");
        }
        if (!practice.status().editable()) {
            throw new FieldViolationException(null, "practice.error.notEditable");
        }
        return practice;
    }

    private String render(Practice practice, UploadForm form, Model model) {
        model.addAttribute("practice", practice);
        model.addAttribute("content", practice.content());
        model.addAttribute("uploadForm", form);
        model.addAttribute("files", attachments.list(practice.id()));
        model.addAttribute("maxFiles", Attachments.MAX_PER_PRACTICE);
        model.addAttribute("maxMegabytes", service.maxUploadBytes() / (1024 * 1024));
        return "practices/files";
    }
}
