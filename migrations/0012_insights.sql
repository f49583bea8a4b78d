CREATE TABLE "insight_flags" (
	"week_submitted" date NOT NULL,
	"rule_id" text NOT NULL,
	"triage" "triage",
	"source" text NOT NULL,
	"intakes" integer NOT NULL,
	CONSTRAINT "insight_flags_key" UNIQUE NULLS NOT DISTINCT("week_submitted","rule_id","triage","source")
);
--> statement-breakpoint
CREATE TABLE "insight_intakes" (
	"week_started" date NOT NULL,
	"week_submitted" date,
	"stage" text NOT NULL,
	"triage" "triage",
	"source" text NOT NULL,
	"campaign" text NOT NULL,
	"us_state" text NOT NULL,
	"intakes" integer NOT NULL,
	CONSTRAINT "insight_intakes_key" UNIQUE NULLS NOT DISTINCT("week_started","week_submitted","stage","triage","source","campaign","us_state")
);
--> statement-breakpoint
CREATE TABLE "insight_waits" (
	"week" date NOT NULL,
	"kind" text NOT NULL,
	"bucket" integer NOT NULL,
	"triage" "triage",
	"source" text NOT NULL,
	"intakes" integer NOT NULL,
	CONSTRAINT "insight_waits_key" UNIQUE NULLS NOT DISTINCT("week","kind","bucket","triage","source")
);
--> statement-breakpoint
CREATE INDEX "insight_intakes_submitted_idx" ON "insight_intakes" USING btree ("week_submitted","stage","triage","source","campaign","us_state","intakes");--> statement-breakpoint
-- Insights rollups (issue 17): triggers on intakes keep insight_intakes, insight_flags and
-- insight_waits equal to aggregates of the intakes, however a row is written. Each change adds the
-- new row's contribution and subtracts the old one in one upsert per table, with the keys sorted,
-- so that two transactions never lock two rollup rows in opposite orders.
CREATE FUNCTION insights_week(t timestamptz) RETURNS date LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
	SELECT date_trunc('week', t AT TIME ZONE 'UTC')::date
$$;--> statement-breakpoint
CREATE FUNCTION insights_stage(s intake_status) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
	SELECT CASE s WHEN 'draft' THEN 'draft' WHEN 'booked' THEN 'booked' ELSE 'submitted' END
$$;--> statement-breakpoint
-- Lower bounds (hours) of the wait buckets after the first: bucket i holds waits from bound i-1
-- (0 for the first) up to bound i. src/lib/server/insights/turnaround.ts has the same list.
CREATE FUNCTION insights_wait_bounds() RETURNS float8[] LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
	SELECT ARRAY[0.25, 0.5, 1, 2, 4, 8, 12, 24, 36, 48, 72, 96, 120, 168, 240, 336, 504, 720]::float8[]
$$;--> statement-breakpoint
CREATE FUNCTION insights_apply(x intakes, x_stage text, x_delta integer, y intakes, y_stage text, y_delta integer)
RETURNS void LANGUAGE plpgsql AS $$
BEGIN
	INSERT INTO insight_intakes AS t (week_started, week_submitted, stage, triage, source, campaign, us_state, intakes)
	SELECT k.week_started, k.week_submitted, k.stage, k.triage, k.source, k.campaign, k.us_state, sum(k.delta)::integer
	FROM (
		SELECT insights_week(x.created_at) AS week_started,
			CASE WHEN x_stage IN ('submitted', 'booked') THEN insights_week(x.submitted_at) END AS week_submitted,
			x_stage AS stage, x.triage AS triage, lower(coalesce(x.source, '')) AS source,
			coalesce(x.utm->>'utm_campaign', '') AS campaign, coalesce(x.us_state, '') AS us_state, x_delta AS delta
		WHERE x_delta <> 0
		UNION ALL
		SELECT insights_week(y.created_at),
			CASE WHEN y_stage IN ('submitted', 'booked') THEN insights_week(y.submitted_at) END,
			y_stage, y.triage, lower(coalesce(y.source, '')), coalesce(y.utm->>'utm_campaign', ''),
			coalesce(y.us_state, ''), y_delta
		WHERE y_delta <> 0
	) k
	GROUP BY 1, 2, 3, 4, 5, 6, 7 HAVING sum(k.delta) <> 0 ORDER BY 1, 2, 3, 4, 5, 6, 7
	ON CONFLICT ON CONSTRAINT insight_intakes_key DO UPDATE SET intakes = t.intakes + excluded.intakes;

	INSERT INTO insight_flags AS t (week_submitted, rule_id, triage, source, intakes)
	SELECT k.week_submitted, k.rule_id, k.triage, k.source, sum(k.delta)::integer
	FROM (
		SELECT insights_week(x.submitted_at) AS week_submitted, r.rule_id, x.triage AS triage,
			lower(coalesce(x.source, '')) AS source, x_delta AS delta
		FROM (SELECT DISTINCT unnest(x.flag_rules) AS rule_id) r
		WHERE x_delta <> 0 AND x_stage IN ('submitted', 'booked') AND x.submitted_at IS NOT NULL
		UNION ALL
		SELECT insights_week(y.submitted_at), r.rule_id, y.triage, lower(coalesce(y.source, '')), y_delta
		FROM (SELECT DISTINCT unnest(y.flag_rules) AS rule_id) r
		WHERE y_delta <> 0 AND y_stage IN ('submitted', 'booked') AND y.submitted_at IS NOT NULL
	) k
	GROUP BY 1, 2, 3, 4 HAVING sum(k.delta) <> 0 ORDER BY 1, 2, 3, 4
	ON CONFLICT ON CONSTRAINT insight_flags_key DO UPDATE SET intakes = t.intakes + excluded.intakes;
END;
$$;--> statement-breakpoint
-- One wait of kind 'review' or 'decision', from the intake's sending to `at`.
CREATE FUNCTION insights_wait(r intakes, wait_kind text, at timestamptz) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
	IF r.submitted_at IS NULL THEN RETURN; END IF;
	INSERT INTO insight_waits AS t (week, kind, bucket, triage, source, intakes)
	VALUES (insights_week(at), wait_kind,
		width_bucket(greatest(extract(epoch FROM at - r.submitted_at)::float8 / 3600, 0), insights_wait_bounds()),
		r.triage, lower(coalesce(r.source, '')), 1)
	ON CONFLICT ON CONSTRAINT insight_waits_key DO UPDATE SET intakes = t.intakes + 1;
END;
$$;--> statement-breakpoint
CREATE FUNCTION insights_intake_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	PERFORM insights_apply(NULL, NULL, 0, NEW, insights_stage(NEW.status), 1);
	-- A row that arrives already reviewed (demo seed, an import) has no history: its last change
	-- is the best time known for both.
	IF NEW.status IN ('in_review', 'needs_info', 'approved', 'declined', 'booked') THEN
		PERFORM insights_wait(NEW, 'review', NEW.updated_at);
	END IF;
	IF NEW.status IN ('approved', 'declined', 'booked') THEN
		PERFORM insights_wait(NEW, 'decision', NEW.updated_at);
	END IF;
	RETURN NULL;
END;
$$;--> statement-breakpoint
CREATE FUNCTION insights_intake_updated() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	PERFORM insights_apply(OLD, insights_stage(OLD.status), -1, NEW, insights_stage(NEW.status), 1);
	-- First review: the intake leaves "submitted" for the workflow (not for the archive).
	IF OLD.status = 'submitted' AND NEW.status IN ('in_review', 'needs_info', 'approved', 'declined', 'booked') THEN
		PERFORM insights_wait(NEW, 'review', now());
	END IF;
	IF NEW.status IN ('approved', 'declined') AND OLD.status IS DISTINCT FROM NEW.status THEN
		PERFORM insights_wait(NEW, 'decision', now());
	END IF;
	RETURN NULL;
END;
$$;--> statement-breakpoint
-- A deleted draft (retention purge) was still started: it stays counted as 'deleted'.
CREATE FUNCTION insights_intake_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	PERFORM insights_apply(OLD, insights_stage(OLD.status), -1, OLD, 'deleted', 1);
	RETURN NULL;
END;
$$;--> statement-breakpoint
CREATE FUNCTION insights_intakes_truncated() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	DELETE FROM insight_intakes;
	DELETE FROM insight_flags;
	DELETE FROM insight_waits;
	RETURN NULL;
END;
$$;--> statement-breakpoint
CREATE TRIGGER insights_intake_inserted AFTER INSERT ON "intakes"
	FOR EACH ROW EXECUTE FUNCTION insights_intake_inserted();--> statement-breakpoint
-- Only changes the rollups read: a step save that changes answers alone costs nothing here.
CREATE TRIGGER insights_intake_updated AFTER UPDATE ON "intakes" FOR EACH ROW
	WHEN (OLD.status IS DISTINCT FROM NEW.status OR OLD.triage IS DISTINCT FROM NEW.triage
		OR OLD.source IS DISTINCT FROM NEW.source OR OLD.utm IS DISTINCT FROM NEW.utm
		OR OLD.us_state IS DISTINCT FROM NEW.us_state OR OLD.submitted_at IS DISTINCT FROM NEW.submitted_at
		OR OLD.created_at IS DISTINCT FROM NEW.created_at OR OLD.flag_rules IS DISTINCT FROM NEW.flag_rules)
	EXECUTE FUNCTION insights_intake_updated();--> statement-breakpoint
CREATE TRIGGER insights_intake_deleted AFTER DELETE ON "intakes"
	FOR EACH ROW EXECUTE FUNCTION insights_intake_deleted();--> statement-breakpoint
CREATE TRIGGER insights_intakes_truncated AFTER TRUNCATE ON "intakes"
	FOR EACH STATEMENT EXECUTE FUNCTION insights_intakes_truncated();--> statement-breakpoint
-- Recomputes every rollup from the intakes (this migration, and after a bulk load with the
-- triggers off). Reviewed intakes count their last change as the time of review and decision;
-- purged drafts are gone and no longer counted.
CREATE FUNCTION insights_rebuild() RETURNS void LANGUAGE plpgsql AS $$
BEGIN
	DELETE FROM insight_intakes;
	DELETE FROM insight_flags;
	DELETE FROM insight_waits;
	INSERT INTO insight_intakes (week_started, week_submitted, stage, triage, source, campaign, us_state, intakes)
	SELECT insights_week(i.created_at),
		CASE WHEN insights_stage(i.status) IN ('submitted', 'booked') THEN insights_week(i.submitted_at) END,
		insights_stage(i.status), i.triage, lower(coalesce(i.source, '')),
		coalesce(i.utm->>'utm_campaign', ''), coalesce(i.us_state, ''), count(*)::integer
	FROM intakes i GROUP BY 1, 2, 3, 4, 5, 6, 7;
	INSERT INTO insight_flags (week_submitted, rule_id, triage, source, intakes)
	SELECT insights_week(i.submitted_at), r.rule_id, i.triage, lower(coalesce(i.source, '')), count(*)::integer
	FROM intakes i CROSS JOIN LATERAL (SELECT DISTINCT unnest(i.flag_rules) AS rule_id) r
	WHERE i.status <> 'draft' AND i.submitted_at IS NOT NULL
	GROUP BY 1, 2, 3, 4;
	INSERT INTO insight_waits (week, kind, bucket, triage, source, intakes)
	SELECT insights_week(i.updated_at), w.kind,
		width_bucket(greatest(extract(epoch FROM i.updated_at - i.submitted_at)::float8 / 3600, 0), insights_wait_bounds()),
		i.triage, lower(coalesce(i.source, '')), count(*)::integer
	FROM intakes i CROSS JOIN LATERAL (VALUES ('review'), ('decision')) w(kind)
	WHERE i.submitted_at IS NOT NULL
		AND (i.status IN ('approved', 'declined', 'booked')
			OR (w.kind = 'review' AND i.status IN ('in_review', 'needs_info')))
	GROUP BY 1, 2, 3, 4, 5;
END;
$$;--> statement-breakpoint
SELECT insights_rebuild();
