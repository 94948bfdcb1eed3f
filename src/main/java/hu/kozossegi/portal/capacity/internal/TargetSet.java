package hu.kozossegi.portal.capacity.internal;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A programme's targets for its whole period, saved as a whole. */
@Entity
@Table(name = "programme_target_set")
public class TargetSet {

    @Id
    @Column(name = "programme_id")
    private Long programmeId;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "programme_target", joinColumns = @JoinColumn(name = "programme_id"))
    private List<TargetValue> targets = new ArrayList<>();

    @Version
    private Long version;

    protected TargetSet() {
    }

    public TargetSet(long programmeId) {
        this.programmeId = programmeId;
    }

    public void replace(List<TargetValue> values) {
        targets.clear();
        targets.addAll(values);
    }

    public List<TargetValue> getTargets() {
        return List.copyOf(targets);
    }

    public long getVersion() {
        return version == null ? 0 : version;
    }
}
