package hu.kozossegi.portal.capacity.internal;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface AssessmentRepository extends JpaRepository<Assessment, Long> {

    Optional<Assessment> findByEnrolmentIdAndStage(long enrolmentId, Stage stage);
}
