package hu.kozossegi.portal.shared.db;

import java.util.List;

import org.springframework.data.domain.Page;

/**
 * A page of a list and one sum over all its matching rows (not only the page), read in the same statement as the
 * count: e.g. the attendances of the listed events, so that a report figure that is a sum can be checked on the
 * list it links to.
 */
public record SummedPage<T>(Page<T> page, long sum) {

    public List<T> content() {
        return page.getContent();
    }
}
