package hu.kozossegi.portal.shared.db;

import java.util.List;
import java.util.function.IntFunction;

import org.springframework.data.domain.Page;

/**
 * A page of a list and one sum over all its matching rows (not only the page), read in the same statement as the
 * count: e.g. the attendances of the listed events, so that a report figure that is a sum can be checked on the
 * list it links to.
 */
public record SummedPage<T>(Page<T> page, long sum) {

    /** The list's rule for a page past the last: the last page, read again with {@code fetch} only then. */
    public SummedPage<T> orLastPage(IntFunction<SummedPage<T>> fetch) {
        if (page.getNumber() > 0 && page.getNumber() >= page.getTotalPages()) {
            return fetch.apply(Math.max(page.getTotalPages() - 1, 0));
        }
        return this;
    }

    public List<T> content() {
        return page.getContent();
    }
}
