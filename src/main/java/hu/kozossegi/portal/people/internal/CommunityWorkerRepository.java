package hu.kozossegi.portal.people.internal;

import org.springframework.data.jpa.repository.JpaRepository;

public interface CommunityWorkerRepository extends JpaRepository<CommunityWorker, Long> {
}
