-- Now that initiatives exist: every practice belongs to an initiative, and its themes are the network's themes.
ALTER TABLE practice
    ADD CONSTRAINT practice_initiative_fk FOREIGN KEY (initiative_id) REFERENCES initiative (id);
ALTER TABLE practice_theme
    ADD CONSTRAINT practice_theme_ref_fk FOREIGN KEY (theme_code) REFERENCES initiative_theme_ref (code);
