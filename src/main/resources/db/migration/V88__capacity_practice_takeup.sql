-- Practice take-up (issue 17): a community (an initiative or an organisation) that takes up an accredited good
-- practice, its current stage with the day it began, and the dated history of its stages. Optionally the exchange
-- visit the take-up followed from. "Practices taken up" becomes an indicator of the programme report.

CREATE TABLE practice_takeup (
    id               BIGSERIAL PRIMARY KEY,
    practice_id      BIGINT      NOT NULL REFERENCES practice (id),
    initiative_id    BIGINT      REFERENCES initiative (id),
    organisation_id  BIGINT      REFERENCES organisation (id),
    stage            VARCHAR(20) NOT NULL CHECK (stage IN ('EXPLORING', 'IMPLEMENTING', 'RUNNING', 'DROPPED')),
    stage_since      DATE        NOT NULL,
    visit_id         BIGINT      REFERENCES exchange_visit (id),
    note             TEXT,
    version          BIGINT      NOT NULL DEFAULT 0,
    created_at       TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at       TIMESTAMPTZ NOT NULL DEFAULT now(),
    CONSTRAINT practice_takeup_one_community CHECK (num_nonnulls(initiative_id, organisation_id) = 1)
);
CREATE UNIQUE INDEX practice_takeup_initiative_once ON practice_takeup (practice_id, initiative_id)
    WHERE initiative_id IS NOT NULL;
CREATE UNIQUE INDEX practice_takeup_organisation_once ON practice_takeup (practice_id, organisation_id)
    WHERE organisation_id IS NOT NULL;
CREATE INDEX practice_takeup_initiative_idx ON practice_takeup (initiative_id) WHERE initiative_id IS NOT NULL;
CREATE INDEX practice_takeup_organisation_idx ON practice_takeup (organisation_id) WHERE organisation_id IS NOT NULL;
CREATE INDEX practice_takeup_visit_idx ON practice_takeup (visit_id) WHERE visit_id IS NOT NULL;

-- Every stage the take-up went through, in order, with the day it began (the last one is the current stage).
CREATE TABLE practice_takeup_stage (
    takeup_id  BIGINT      NOT NULL REFERENCES practice_takeup (id) ON DELETE CASCADE,
    position   INTEGER     NOT NULL CHECK (position >= 0),
    stage      VARCHAR(20) NOT NULL CHECK (stage IN ('EXPLORING', 'IMPLEMENTING', 'RUNNING', 'DROPPED')),
    since      DATE        NOT NULL,
    PRIMARY KEY (takeup_id, position)
);
CREATE INDEX practice_takeup_stage_reached_idx ON practice_takeup_stage (stage, since);

ALTER TABLE programme_target DROP CONSTRAINT programme_target_indicator_check;
ALTER TABLE programme_target ADD CONSTRAINT programme_target_indicator_check CHECK (indicator IN (
    'ORGANISATIONS_ENROLLED', 'TRAININGS_HELD', 'TRAINING_HOURS', 'PARTICIPANTS', 'MENTORING_SESSIONS',
    'INITIATIVES_REALISED', 'OUTCOMES', 'PRACTICES_TAKEN_UP'));
