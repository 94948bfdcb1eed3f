-- Initiative links of events and exchange visits, now that the initiatives table exists (V30).
ALTER TABLE activity_event
    ADD CONSTRAINT activity_event_initiative_fk FOREIGN KEY (initiative_id) REFERENCES initiative (id);
ALTER TABLE exchange_visit
    ADD CONSTRAINT exchange_visit_host_initiative_fk FOREIGN KEY (host_initiative_id) REFERENCES initiative (id);
ALTER TABLE exchange_visit_party
    ADD CONSTRAINT exchange_visit_party_initiative_fk FOREIGN KEY (initiative_id) REFERENCES initiative (id);
