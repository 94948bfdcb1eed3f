package hu.kozossegi.portal.capacity.internal;

import org.springframework.data.jpa.repository.JpaRepository;

interface TargetSetRepository extends JpaRepository<TargetSet, Long> {
}
