package hu.kozossegi.portal.initiatives.internal;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ProgressNoteRepository extends JpaRepository<ProgressNote, Long> {
}
