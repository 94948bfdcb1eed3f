package hu.kozossegi.portal.shared.web;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.data.domain.Page;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * A bounded window of page links (first, previous, a few around the current, next, last) that keep the
 * list's filters. Use with the {@code fragments/pager :: pager(${pager})} fragment.
 *
 * @param number zero-based current page
 */
public record Pager(int number, int totalPages, long totalElements, PageLink first, PageLink previous,
        List<PageLink> window, PageLink next, PageLink last) {

    private static final int AROUND = 2;

    /** One link; {@code label} is the one-based page number. */
    public record PageLink(int label, String url, boolean current) {
    }

    /**
     * The list's rule for a page past the last: the last page. {@code fetch} reads the page with the given
     * zero-based number again; it is called only when {@code page} lies past the last page.
     */
    public static <T> Page<T> lastPageIfPast(Page<T> page, IntFunction<Page<T>> fetch) {
        if (page.getNumber() > 0 && page.getNumber() >= page.getTotalPages()) {
            return fetch.apply(Math.max(page.getTotalPages() - 1, 0));
        }
        return page;
    }

    public static Pager of(Page<?> page, HttpServletRequest request) {
        UriComponentsBuilder base = CurrentUrl.builder(request).replaceQueryParam("lang");
        int total = Math.max(page.getTotalPages(), 1);
        int current = Math.min(page.getNumber(), total - 1);
        int from = Math.max(0, current - AROUND);
        int to = Math.min(total - 1, current + AROUND);
        List<PageLink> window = new ArrayList<>(to - from + 1);
        for (int i = from; i <= to; i++) {
            window.add(link(base, i, current));
        }
        return new Pager(current, total, page.getTotalElements(),
                from > 0 ? link(base, 0, current) : null,
                current > 0 ? link(base, current - 1, current) : null,
                window,
                current < total - 1 ? link(base, current + 1, current) : null,
                to < total - 1 ? link(base, total - 1, current) : null);
    }

    private static PageLink link(UriComponentsBuilder base, int page, int current) {
        String url = base.cloneBuilder().replaceQueryParam("page", page).build().toUriString();
        return new PageLink(page + 1, url, page == current);
    }

    public boolean hasMultiplePages() {
        return totalPages > 1;
    }
}
