package hu.kozossegi.portal.initiatives.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ProgrammeRepository extends JpaRepository<Programme, Long> {

    @Query("select p from Programme p order by p.firstYear desc, p.id desc")
    List<Programme> findAllOrdered();

    boolean existsByNameIgnoreCase(String name);
}
