package hu.kozossegi.portal.geography.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import hu.kozossegi.portal.accounts.PortalUser;
import hu.kozossegi.portal.geography.internal.ImportFile;
import hu.kozossegi.portal.geography.internal.ImportMapping;
import hu.kozossegi.portal.geography.internal.ImportRuns;
import hu.kozossegi.portal.geography.internal.ImportUploads;
import hu.kozossegi.portal.geography.internal.SettlementImport;
import hu.kozossegi.portal.geography.internal.SettlementService;
import hu.kozossegi.portal.shared.web.FilterParams;
import hu.kozossegi.portal.shared.web.FlashMessages;
import hu.kozossegi.portal.shared.web.Option;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Upload, map columns, dry run, import: every step only for coordinators (own county) and the national office. */
@Controller
@RequestMapping("/settlements/import")
class SettlementImportController {

    /** The session holds only the id of the upload, which {@link ImportUploads} keeps in the database. */
    static final String SESSION_KEY = "geography.settlementImport";

    private final SettlementImport importer;
    private final SettlementService service;
    private final ImportUploads uploads;
    private final ImportRuns runs;

    SettlementImportController(SettlementImport importer, SettlementService service, ImportUploads uploads,
            ImportRuns runs) {
        this.runs = runs;
        this.importer = importer;
        this.service = service;
        this.uploads = uploads;
    }

    @GetMapping
    String uploadForm(Model model) {
        service.checkMayWrite();
        model.addAttribute("form", new UploadForm(null));
        return "geography/import";
    }

    @PostMapping
    String upload(@ModelAttribute("form") UploadForm form, BindingResult errors, HttpSession session,
            HttpServletResponse response) throws IOException {
        PortalUser user = service.checkMayWrite();
        if (form.file() == null || form.file().isEmpty()) {
            errors.rejectValue("file", "settlement.import.error.noFile");
            return "geography/import";
        }
        if (form.file().getSize() > ImportFile.MAX_BYTES) {
            errors.rejectValue("file", "settlement.import.error.tooLarge");
            response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
            return "geography/import";
        }
        ImportFile file;
        try {
            file = ImportFile.parse(form.file().getBytes());
        }
        catch (ImportFile.Unreadable ex) {
            errors.rejectValue("file", ex.key());
            return "geography/import";
        }
        UUID id = uploads.store(user.getUsername(),
                Objects.requireNonNullElse(form.file().getOriginalFilename(), ""), file);
        session.setAttribute(SESSION_KEY, id.toString());
        return "redirect:/settlements/import/map";
    }

    @GetMapping("/map")
    String mapForm(HttpSession session, Model model) {
        ImportUploads.Stored upload = upload(service.checkMayWrite(), session);
        if (upload == null) {
            return "redirect:/settlements/import";
        }
        ImportFile file = upload.file();
        model.addAttribute("form", MappingForm.of(ImportMapping.guess(file.header())));
        return renderMap(upload, model);
    }

    @PostMapping("/check")
    String check(@ModelAttribute("form") MappingForm form, BindingResult errors, HttpSession session, Model model) {
        return mapped(form, errors, session, model, (user, upload, mapping) -> renderCheck(session, user, upload,
                importer.check(upload.file(), mapping), model));
    }

    @PostMapping("/run")
    String run(@ModelAttribute("form") MappingForm form, BindingResult errors,
            @RequestParam(defaultValue = "false") boolean skipBadRows, HttpSession session, Model model,
            RedirectAttributes redirect) {
        return mapped(form, errors, session, model, (user, upload, mapping) -> {
            SettlementImport.Plan plan = importer.run(upload.file(), mapping, skipBadRows);
            if (!plan.valid() && (!skipBadRows || !plan.goodRowsToImport())) {
                return renderCheck(session, user, upload, plan, model);
            }
            UUID uploadId = uploadId(session);
            runs.finished(uploadId, user, upload.filename(), upload.file().rows().size(), plan);
            uploads.delete(uploadId);
            session.removeAttribute(SESSION_KEY);
            redirect.addFlashAttribute("importCreated", plan.created());
            redirect.addFlashAttribute("importUpdated", plan.updated());
            redirect.addFlashAttribute("importSkipped", plan.badRows());
            return FlashMessages.redirect(redirect, "settlement.import.done", "/settlements");
        });
    }

    /** A step after the mapping: the user's upload and the mapping the form chose. */
    private interface MappedStep {
        String apply(PortalUser user, ImportUploads.Stored upload, ImportMapping mapping);
    }

    /**
     * The rights check, the session's upload (back to the upload form when there is none) and the chosen mapping
     * (the mapping form again with its errors when it is incomplete), then the step.
     */
    private String mapped(MappingForm form, BindingResult errors, HttpSession session, Model model,
            MappedStep step) {
        PortalUser user = service.checkMayWrite();
        ImportUploads.Stored upload = upload(user, session);
        if (upload == null) {
            return "redirect:/settlements/import";
        }
        ImportMapping mapping = mapping(form, upload.file(), errors);
        if (mapping == null) {
            return renderMap(upload, model);
        }
        return step.apply(user, upload, mapping);
    }

    private static ImportMapping mapping(MappingForm form, ImportFile file, BindingResult errors) {
        ImportMapping mapping = form.toMapping(file.header().size());
        if (mapping == null) {
            throw FilterParams.badRequest();
        }
        for (String field : ImportMapping.REQUIRED) {
            if (mapping.column(field) == null) {
                errors.rejectValue(field, "settlement.import.error.mappingRequired");
            }
        }
        List<Integer> used = new ArrayList<>();
        for (String field : ImportMapping.FIELDS) {
            Integer column = mapping.column(field);
            if (column != null && used.contains(column)) {
                errors.rejectValue(field, "settlement.import.error.mappingTwice");
            }
            used.add(column);
        }
        return errors.hasErrors() ? null : mapping;
    }

    private String renderMap(ImportUploads.Stored upload, Model model) {
        ImportFile file = upload.file();
        model.addAttribute("file", file);
        model.addAttribute("filename", upload.filename());
        model.addAttribute("fields", ImportMapping.FIELDS);
        List<Option> columns = new ArrayList<>();
        for (int i = 0; i < file.header().size(); i++) {
            columns.add(new Option(Integer.toString(i), file.header().get(i)));
        }
        model.addAttribute("columns", columns);
        model.addAttribute("preview", file.rows().subList(0, Math.min(3, file.rows().size())));
        return "geography/import-map";
    }

    /** The dry run's page, the check recorded. */
    private String renderCheck(HttpSession session, PortalUser user, ImportUploads.Stored upload,
            SettlementImport.Plan plan, Model model) {
        runs.checked(uploadId(session), user, upload.filename(), upload.file().rows().size(), (int) plan.badRows());
        model.addAttribute("plan", plan);
        model.addAttribute("file", upload.file());
        model.addAttribute("filename", upload.filename());
        model.addAttribute("fields", ImportMapping.FIELDS);
        return "geography/import-check";
    }

    private static UUID uploadId(HttpSession session) {
        return UUID.fromString((String) session.getAttribute(SESSION_KEY));
    }

    /** The signed-in user's stored upload named by the session, or null (none, expired, or another user's). */
    private ImportUploads.Stored upload(PortalUser user, HttpSession session) {
        if (!(session.getAttribute(SESSION_KEY) instanceof String id)) {
            return null;
        }
        try {
            return uploads.load(UUID.fromString(id), user.getUsername()).orElse(null);
        }
        catch (IllegalArgumentException ex) {
            return null;
        }
    }
}
