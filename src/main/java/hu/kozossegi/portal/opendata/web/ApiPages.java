package hu.kozossegi.portal.opendata.web;

import hu.kozossegi.portal.opendata.internal.ApiRecords;
import org.springframework.data.domain.Page;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** A Spring page as the API's page: items, numbers counted from 1, and links keeping the request's filters. */
final class ApiPages {

    private ApiPages() {
    }

    static <T> ApiRecords.ApiPage<T> of(Page<T> page) {
        int number = page.getNumber() + 1;
        int last = Math.max(1, page.getTotalPages());
        return new ApiRecords.ApiPage<>(page.getContent(),
                new ApiRecords.PageInfo(number, page.getSize(), page.getTotalElements(), page.getTotalPages()),
                new ApiRecords.Links(link(number, page.getSize()), link(1, page.getSize()), link(last, page.getSize()),
                        number < last ? link(number + 1, page.getSize()) : null,
                        number > 1 ? link(Math.min(number - 1, last), page.getSize()) : null));
    }

    private static String link(int page, int size) {
        return ServletUriComponentsBuilder.fromCurrentRequest().replaceQueryParam("page", page)
                .replaceQueryParam("size", size).build().toUriString();
    }
}
