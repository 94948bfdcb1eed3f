-- Budapest districts sort by their number (XIX after XV, not before): the sort name of a settlement is its name
-- with the Roman district number written as two digits ("Budapest 19. kerület"); other names are unchanged.
CREATE FUNCTION settlement_sort_name(name text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT CASE
             WHEN n IS NULL THEN name
             ELSE regexp_replace(name, '(^|\s)[IVXL]+\.(\s+kerület)', '\1' || lpad(n::text, 2, '0') || '.\2')
           END
      FROM (SELECT array_position(ARRAY['I','II','III','IV','V','VI','VII','VIII','IX','X','XI','XII','XIII','XIV',
                                        'XV','XVI','XVII','XVIII','XIX','XX','XXI','XXII','XXIII'],
                                  (regexp_match(name, '(?:^|\s)([IVXL]+)\.\s+kerület'))[1]) AS n) AS district
$$;

CREATE INDEX settlement_sort_name_idx ON settlement (settlement_sort_name(name) COLLATE "hu-HU-x-icu", id);
CREATE INDEX settlement_county_sort_name_idx ON settlement (county_code, settlement_sort_name(name) COLLATE "hu-HU-x-icu", id);
