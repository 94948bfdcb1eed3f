package hu.kozossegi.portal.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.data.domain.Page;
import org.springframework.ui.Model;

/**
 * What every paged list puts on its page, the one way: the page's rows, the total of all pages
 * ({@code fragments/list-total}) and the {@link Pager}; and the link of its export, which keeps the list's filters.
 */
public final class ListPage {

    private ListPage() {
    }

    public static void show(Model model, Page<?> rows, HttpServletRequest request) {
        model.addAttribute("rows", rows.getContent());
        model.addAttribute("total", rows.getTotalElements());
        model.addAttribute("pager", Pager.of(rows, request));
    }

    /** The export at {@code path} with the filters of the list page being shown. */
    public static String exportUrl(String path, HttpServletRequest request) {
        String query = request.getQueryString();
        return path + (query == null ? "" : "?" + query);
    }
}
