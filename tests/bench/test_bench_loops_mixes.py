"""The loop probe's mixed kinds (issue 16): at every question of both forms, what real people mix in
(two digressions in a row, a correction of an earlier field, a typed button payload, an emoji, a cancel
taken back, a long story, a question back) is generated, and "不对" twice at the summary."""
from bench.bench_loops import CORRECTIONS, LAW_QUESTION, MIXES, PLAIN, REPORT_PROBLEM, STATUS_QUESTION, STORY, \
    SUMMARY_NON_ANSWERS, records
from complaint import fields


def _probes():
    return {p["id"]: p for p in records()}


def test_every_mixed_kind_is_probed_at_every_question_of_both_forms():
    probes = _probes()
    for kind in ("complaint", "report"):
        for slot in fields.form_order(kind):
            for name in MIXES:
                assert f"{kind}:{slot}:{name}" in probes
        for name in ("deny_twice", "correct_then_deny", "law_then_deny"):
            assert f"{kind}:summary:{name}" in probes


def test_two_digressions_in_a_row_are_a_law_question_then_a_status_question_then_the_answer():
    probes = _probes()
    said = probes["complaint:amount:law_then_status"]["answers"]["amount"]
    assert said == [LAW_QUESTION, STATUS_QUESTION, PLAIN["amount"]]
    said = probes["report:problem:law_then_status"]["answers"]["problem"]
    assert said[-1] == REPORT_PROBLEM


def test_a_correction_names_the_field_asked_before_and_the_first_question_corrects_itself():
    probes = _probes()
    assert probes["complaint:phone:law_then_correction"]["answers"]["phone"][1] == CORRECTIONS["complainant_name"]
    assert probes["report:problem:law_then_correction"]["answers"]["problem"][1] == CORRECTIONS["merchant_address"]
    # nothing was asked before the first question: it corrects its own field
    assert probes["complaint:problem:law_then_correction"]["answers"]["problem"][1] == CORRECTIONS["problem"]


def test_mixes_that_end_in_the_answer_end_in_the_plain_answer_and_the_others_never_give_it():
    probes = _probes()
    for pid, probe in probes.items():
        kind, slot, name = pid.split(":")
        if name not in MIXES:
            continue
        said = probe["answers"][slot]
        plain = REPORT_PROBLEM if (kind, slot) == ("report", "problem") else PLAIN[slot]
        if "{plain}" in MIXES[name]:
            assert said[-1] == plain, pid
        else:
            assert plain not in said, pid
        assert not any("{" in w for w in said), pid


def test_the_long_story_holds_several_fields_of_its_form():
    for kind, story in STORY.items():
        held = [s for s in fields.form_order(kind) if s in PLAIN and PLAIN[s] in story]
        assert len(held) >= 2, kind


def test_the_summary_hears_no_twice():
    assert SUMMARY_NON_ANSWERS["deny_twice"] == ["不对", "不对"]
    assert SUMMARY_NON_ANSWERS["correct_then_deny"][-1] == "不对"


def test_what_is_no_failure_is_followed_by_two_different_wrong_shapes_then_the_answer():
    from bench.bench_loops import WRONG_SHAPES
    probes = _probes()
    for name in ("correction_then_wrong", "previous_then_wrong", "cancel_then_wrong", "meaning_then_wrong",
                 "story_then_wrong"):
        said = probes[f"complaint:amount:{name}"]["answers"]["amount"]
        assert said[-3:] == [WRONG_SHAPES["amount"][0], WRONG_SHAPES["amount"][1], PLAIN["amount"]], name
    said = probes["report:phone:cancel_then_wrong"]["answers"]["phone"]
    assert said[:2] == ["算了", "不对，继续"]
