"""The loop guard for every question: bench_loops' generated consumers (each kind of
non-answer at every question of both forms, and at the summary) through the real stack.
None may be asked one question three times running, none filed twice, and every one ends
with a ticket or with a person (never stuck, never at the turn cap)."""
from collections import Counter

from bench import bench_loops


def test_no_question_is_asked_three_times_running_whatever_the_consumer_says(stack):
    probes = bench_loops.records()
    results = bench_loops.run(probes, stack.env["RASA_URL"], stack.env["RASA_TOKEN"], stack.db_path, 30)
    repeated = [(r.id, r.max_repeat) for r in results if r.max_repeat > 2]
    assert not repeated
    assert not [r.id for r in results if len(r.tickets) > 1]
    ends = Counter(r.end for r in results)
    assert set(ends) <= {"filed", "handoff"}, ends
    # a filed probe has exactly one ticket; the plain parts of every probe reach the form's end
    assert all(len(r.tickets) == 1 for r in results if r.end == "filed")
    # the summary's non-answers and the optional fields' are never a reason for a person
    assert {r.id for r in results if r.id.split(":")[1] in ("summary", "purchase_date", "amount")
            and r.end != "filed"} == set()
