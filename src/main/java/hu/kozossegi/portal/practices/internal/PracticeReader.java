package hu.kozossegi.portal.practices.internal;

import java.util.Optional;

import hu.kozossegi.portal.practices.PracticeStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Loads a practice with its themes and history for a page (the session is closed before rendering). */
@Service
@Transactional(readOnly = true)
public class PracticeReader {

    private final PracticeRepository practices;

    PracticeReader(PracticeRepository practices) {
        this.practices = practices;
    }

    /** Any practice, for signed-in users (everyone in the network may read every county's practices). */
    public Optional<Practice> find(long id) {
        Optional<Practice> practice = practices.findById(id);
        practice.ifPresent(p -> {
            p.content();
            p.transitions().size();
        });
        return practice;
    }

    /** An accredited practice only: what anonymous visitors may see. */
    public Optional<Practice> findPublished(long id) {
        return find(id).filter(p -> p.status() == PracticeStatus.ACCREDITED);
    }
}
