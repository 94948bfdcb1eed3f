package hu.kozossegi.portal.practices.internal;

import org.springframework.data.jpa.repository.JpaRepository;

public interface PracticeRepository extends JpaRepository<Practice, Long> {

    boolean existsByAccreditationNumberAndIdNot(String accreditationNumber, Long id);
}
