package hu.kozossegi.portal.practices.web;

import java.util.List;

import hu.kozossegi.portal.accounts.CountyAccess;
import hu.kozossegi.portal.practices.PracticeStatus;
import hu.kozossegi.portal.practices.internal.PracticeQueries;
import hu.kozossegi.portal.practices.internal.PracticeQueries.WorkRow;
import jakarta.servlet.http.HttpServletRequest;
import hu.kozossegi.portal.shared.web.ListPage;
import hu.kozossegi.portal.shared.web.FilterParams;
import hu.kozossegi.portal.shared.web.Pager;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The national office's review queue: submitted practices, oldest first (other states on request). */
@Controller
class ReviewQueueController {

    private static final int PAGE_SIZE = 25;

    private final PracticeQueries queries;
    private final CountyAccess access;

    ReviewQueueController(PracticeQueries queries, CountyAccess access) {
        this.queries = queries;
        this.access = access;
    }

    @GetMapping("/good-practices/review")
    String queue(@RequestParam(defaultValue = "SUBMITTED") PracticeStatus status,
            @RequestParam(defaultValue = "0") int page, HttpServletRequest request, Model model) {
        access.checkNationalOffice();
        Page<WorkRow> rows = queries.work(List.of(status), null, PageRequest.of(FilterParams.page(page), PAGE_SIZE));
        rows = Pager.lastPageIfPast(rows, n -> queries.work(List.of(status), null, PageRequest.of(n, PAGE_SIZE)));
        model.addAttribute("status", status);
        model.addAttribute("statuses", PracticeStatus.values());
        ListPage.show(model, rows, request);
        return "practices/review";
    }
}
