#include "DecisionRules.h"

#include "Database.h"

namespace pm::decisionrules {

QStringList functionSignatures()
{
    return {QStringLiteral("probematrix_decision_content()")};
}

Result<void> install(Database &db)
{
    const QStringList statements{
        QStringLiteral("SET LOCAL client_min_messages = warning"),
        // Days are stored rounded to 0.1 (PlanExport): compared within half of that.
        QStringLiteral(
            "CREATE OR REPLACE FUNCTION probematrix_decision_content() RETURNS trigger LANGUAGE plpgsql AS $$\n"
            "DECLARE\n"
            "  v_step jsonb;\n"
            "  v_decided jsonb;\n"
            "BEGIN\n"
            "  IF NEW.status NOT IN ('accepted', 'refused', 'changed') THEN\n"
            "    RETURN NEW;\n"
            "  END IF;\n"
            "  IF coalesce(NEW.decided_json, '') = '' THEN\n"
            "    RAISE EXCEPTION 'a decision on step % of plan % must name what was decided on (offering, observables, sample, dates)',\n"
            "      NEW.step_id, NEW.plan_id USING ERRCODE = 'check_violation';\n"
            "  END IF;\n"
            "  v_decided := NEW.decided_json::jsonb;\n"
            "  IF NEW.status <> 'accepted' THEN\n"
            "    RETURN NEW;\n"
            "  END IF;\n"
            "  SELECT s INTO v_step FROM plans p, jsonb_array_elements(p.plan_json::jsonb -> 'steps') s\n"
            "    WHERE p.id = NEW.plan_id AND s ->> 'id' = NEW.step_id;\n"
            "  IF v_step IS NULL THEN\n"
            "    RAISE EXCEPTION 'plan % has no step %', NEW.plan_id, NEW.step_id USING ERRCODE = 'check_violation';\n"
            "  END IF;\n"
            "  IF (v_decided ->> 'offering_id')::numeric IS DISTINCT FROM (v_step ->> 'offering_id')::numeric\n"
            "     OR (SELECT coalesce(array_agg(x ORDER BY x), '{}') FROM jsonb_array_elements_text(v_decided -> 'observables') x)\n"
            "        IS DISTINCT FROM (SELECT coalesce(array_agg(x ORDER BY x), '{}') FROM jsonb_array_elements_text(v_step -> 'observables') x)\n"
            "     OR abs(coalesce((v_decided ->> 'start_day')::numeric, -1) - coalesce((v_step ->> 'start_day')::numeric, 0)) > 0.05\n"
            "     OR abs(coalesce((v_decided ->> 'end_day')::numeric, -1)\n"
            "            - coalesce((v_step ->> 'start_day')::numeric, 0) - coalesce((v_step ->> 'duration_days')::numeric, 0)) > 0.05 THEN\n"
            "    RAISE EXCEPTION 'step % of plan % is not what the acceptance names (offering, observables or dates differ); it cannot be marked accepted',\n"
            "      NEW.step_id, NEW.plan_id USING ERRCODE = 'check_violation';\n"
            "  END IF;\n"
            "  RETURN NEW;\n"
            "END $$"),
        QStringLiteral("DROP TRIGGER IF EXISTS probematrix_decision_content ON plan_step_status"),
        QStringLiteral("CREATE TRIGGER probematrix_decision_content BEFORE INSERT OR UPDATE ON plan_step_status "
                       "FOR EACH ROW EXECUTE FUNCTION probematrix_decision_content()"),
    };
    for (const QString &s : statements)
        if (auto ok = db.execStatement(s, QStringLiteral("installing the server's rule for validation decisions")); !ok)
            return ok;
    return {};
}

} // namespace pm::decisionrules
