"""The findings stage: threshold, severities, suppression, fingerprints, one order."""

from __future__ import annotations

from dataclasses import replace

import pytest

from factcheck.config import Config
from factcheck.findings import base_fingerprint, normalise_claim_text, to_findings
from factcheck.types import Kind, Severity, Span
from tests.output_fixtures import (
    attributed_verdict,
    claim_of,
    date_verdict,
    make_document,
    quantifier_verdict,
    span_of,
    verdict,
)


def test_verdicts_below_threshold_are_dropped():
    document = make_document()
    verdicts = [quantifier_verdict(document, 0.93), date_verdict(document, 0.4)]
    findings = to_findings(verdicts, document, Config(threshold=0.5))
    assert [f.kind for f in findings] == [Kind.QUANTIFIER]


def test_verdict_exactly_at_threshold_is_kept():
    document = make_document()
    findings = to_findings([date_verdict(document, 0.5)], document, Config(threshold=0.5))
    assert len(findings) == 1


@pytest.mark.parametrize(
    "kind_severities, expected",
    [
        ({}, [Severity.ERROR, Severity.ERROR, Severity.INFO]),
        ({Kind.DATE: Severity.WARNING}, [Severity.ERROR, Severity.WARNING, Severity.INFO]),
        ({Kind.ATTRIBUTED: Severity.ERROR}, [Severity.ERROR, Severity.ERROR, Severity.ERROR]),
    ],
)
def test_severity_comes_from_the_config_per_kind(kind_severities, expected):
    document = make_document()
    config = Config()
    config = replace(config, severities={**config.severities, **kind_severities})
    verdicts = [attributed_verdict(document), date_verdict(document), quantifier_verdict(document)]
    assert [f.severity for f in to_findings(verdicts, document, config)] == expected


@pytest.mark.parametrize(
    ("score", "expected"),
    # scores as the judge gives them: the model's own score times its model-only weight of 0.5
    [(0.36, Severity.WARNING), (0.445, Severity.WARNING), (0.45, Severity.ERROR), (0.495, Severity.ERROR)],
)
def test_model_only_finding_fails_the_build_only_when_the_model_is_sure(score, expected):
    document = make_document()
    a = date_verdict(document).pair.a
    b = date_verdict(document).pair.b
    model_only = verdict(a, b, Kind.DATE, score, "the model reads these as contradictory", rule_backed=False)
    assert [f.severity for f in to_findings([model_only], document, Config())] == [expected]


def test_model_only_finding_keeps_a_configured_lower_severity():
    document = make_document()
    a, b = date_verdict(document).pair.a, date_verdict(document).pair.b
    config = replace(Config(), severities={**Config().severities, Kind.DATE: Severity.INFO})
    model_only = verdict(a, b, Kind.DATE, 0.6, rule_backed=False)
    assert [f.severity for f in to_findings([model_only], document, config)] == [Severity.INFO]


def test_findings_are_ordered_by_score_then_position():
    document = make_document()
    verdicts = [attributed_verdict(document, 0.8), date_verdict(document, 0.8), quantifier_verdict(document, 0.9)]
    kinds = [f.kind for f in to_findings(verdicts, document, Config())]
    assert kinds == [Kind.QUANTIFIER, Kind.ATTRIBUTED, Kind.DATE]


def test_order_does_not_depend_on_the_order_of_verdicts():
    document = make_document()
    verdicts = [attributed_verdict(document), date_verdict(document), quantifier_verdict(document)]
    forward = to_findings(verdicts, document, Config())
    assert to_findings(list(reversed(verdicts)), document, Config()) == forward


def test_claim_a_is_the_one_read_first():
    document = make_document()
    flipped = quantifier_verdict(document)
    flipped = replace(flipped, pair=replace(flipped.pair, a=flipped.pair.b, b=flipped.pair.a))
    (finding,) = to_findings([flipped], document, Config())
    assert finding.a.span.start < finding.b.span.start


def test_one_finding_per_claim_pair_keeps_the_strongest():
    document = make_document()
    strong = quantifier_verdict(document, 0.9)
    weak = replace(strong, score=0.6, kind=Kind.GENERAL)
    reversed_pair = replace(weak, pair=replace(weak.pair, a=weak.pair.b, b=weak.pair.a))
    findings = to_findings([weak, reversed_pair, strong], document, Config())
    assert [(f.kind, f.score) for f in findings] == [(Kind.QUANTIFIER, 0.9)]


def test_highlights_fall_back_to_the_conflicting_rule_spans():
    document = make_document()
    (finding,) = to_findings([quantifier_verdict(document)], document, Config())
    assert sorted(document.text[s.start : s.end] for s in finding.highlights) == ["all ten", "the majority"]


@pytest.mark.parametrize("suppressed_words", ["Air defences intercepted", "all ten drones"])
def test_finding_with_a_claim_in_a_suppressed_range_is_dropped(suppressed_words):
    start = make_document().text.index(suppressed_words)
    document = make_document(suppressed=(Span(start, start + len(suppressed_words)),))
    assert to_findings([quantifier_verdict(document)], document, Config()) == ()


def test_suppressed_range_elsewhere_keeps_the_finding():
    document = make_document(suppressed=(Span(0, 10),))
    assert len(to_findings([quantifier_verdict(document)], document, Config())) == 1


@pytest.mark.parametrize(
    "first, second",
    [
        ("All ten drones were intercepted.", "all ten drones were intercepted"),
        ("all  ten\ndrones were intercepted", "all ten drones were intercepted"),
        ("“all ten drones were intercepted”", "all ten drones were intercepted"),
    ],
)
def test_normalised_text_ignores_case_whitespace_and_edge_punctuation(first, second):
    assert normalise_claim_text(first) == normalise_claim_text(second)


def test_fingerprint_survives_moving_the_claims_elsewhere():
    original = make_document()
    moved_text = "A new first paragraph was added.\n\n" + original.text.replace(
        "Kyiv was attacked overnight.\n", "Kyiv was attacked overnight, the mayor said.\n"
    )
    moved = make_document(moved_text)
    (before,) = to_findings([quantifier_verdict(original)], original, Config())
    (after,) = to_findings([quantifier_verdict(moved)], moved, Config())
    assert before.fingerprint == after.fingerprint
    assert before.a.span != after.a.span


def test_fingerprint_does_not_depend_on_claim_order():
    document = make_document()
    (finding,) = to_findings([quantifier_verdict(document)], document, Config())
    swapped = replace(finding, a=finding.b, b=finding.a)
    assert base_fingerprint(swapped) == base_fingerprint(finding)


def test_fingerprint_differs_when_a_claim_changes():
    document = make_document()
    (finding,) = to_findings([quantifier_verdict(document)], document, Config())
    changed = replace(finding, b=replace(finding.b, text="all nine drones were intercepted"))
    assert base_fingerprint(changed) != base_fingerprint(finding)


def test_exact_duplicate_pairs_get_distinct_fingerprints_in_reading_order():
    paragraph = "Most drones were shot down. All drones were shot down.\n"
    document = make_document(paragraph * 2)
    second_start = len(paragraph)
    verdicts = []
    for offset, ids in ((0, (1, 2)), (second_start, (3, 4))):
        a = claim_of(document, "Most drones were shot down", ids[0])
        b = claim_of(document, "All drones were shot down", ids[1])
        shift = lambda c: replace(c, span=Span(c.span.start + offset, c.span.end + offset))  # noqa: E731
        verdicts.append(verdict(shift(a), shift(b), Kind.QUANTIFIER, 0.8 + offset / 10_000))
    findings = to_findings(verdicts, document, Config())
    by_position = sorted(findings, key=lambda f: f.a.span.start)
    base = base_fingerprint(findings[0])
    assert [f.fingerprint for f in by_position] == [base, f"{base}:2"]


def test_entity_conflict_from_a_rule_fails_the_build_but_a_model_guess_does_not():
    document = make_document()
    a, b = date_verdict(document).pair.a, date_verdict(document).pair.b
    rule_backed = verdict(a, b, Kind.ENTITY, 0.85, "'born in Vienna' and 'born in Wrocław' differ")
    model_only = verdict(a, b, Kind.ENTITY, 0.44, rule_backed=False)
    assert [f.severity for f in to_findings([rule_backed], document, Config())] == [Severity.ERROR]
    assert [f.severity for f in to_findings([model_only], document, Config())] == [Severity.WARNING]


def poll_claims():
    """An article whose second sentence holds a claim ('The poll, which found Brandt behind Okoro')
    inside a wider one (the same, 'was published'); the first sentence says the opposite order."""
    text = "Okoro trails Brandt. The poll, which found Brandt behind Okoro, was published, and it surprised many."
    document = make_document(text)
    trails = claim_of(document, "Okoro trails Brandt.", 0)
    clause = claim_of(document, "The poll, which found Brandt behind Okoro", 1, sentence=1)
    sentence = claim_of(document, "The poll, which found Brandt behind Okoro, was published", 2, sentence=1)
    return document, trails, clause, sentence


def test_a_conflict_repeated_on_a_wider_claim_is_shown_once_on_the_tighter_claims():
    document, trails, clause, sentence = poll_claims()
    words = (span_of(document, "trails Brandt", trails), span_of(document, "behind Okoro", clause))
    verdicts = [verdict(trails, clause, Kind.COMPARATIVE, 0.85, highlights=words),
                verdict(trails, sentence, Kind.COMPARATIVE, 0.85, highlights=words)]
    (finding,) = to_findings(verdicts, document, Config())
    assert finding.b.text == "The poll, which found Brandt behind Okoro"


def test_two_conflicts_on_other_words_are_both_kept_though_one_pair_holds_the_other():
    document, trails, clause, sentence = poll_claims()
    verdicts = [verdict(trails, clause, Kind.COMPARATIVE, 0.85, highlights=(span_of(document, "behind Okoro", clause),)),
                verdict(trails, sentence, Kind.GENERAL, 0.6, highlights=(span_of(document, "published", sentence),))]
    assert len(to_findings(verdicts, document, Config())) == 2


DENIED_THREE_TIMES = """No weapon was discharged during the raid on the depot, police said.

Witnesses said one of the raiders fired a single shot into the ceiling of the depot.

A guard told reporters that a raider fired two shots at the depot's door.

Another raider fired a shot at a passing car, according to a second guard."""


def test_a_denial_contradicted_by_several_claims_is_one_finding_that_counts_the_others():
    from factcheck.document import document_from_text
    from factcheck.pipeline import check_document

    findings = check_document(document_from_text(DENIED_THREE_TIMES), config=Config(rules_only=True)).findings
    assert len(findings) == 1
    assert findings[0].a.text.startswith("No weapon was discharged")
    assert findings[0].explanation.endswith("2 more claims contradict the denial.")  # all three shots


def test_two_denials_each_keep_their_own_finding():
    from factcheck.document import document_from_text
    from factcheck.pipeline import check_document

    text = DENIED_THREE_TIMES.split("\n\nA guard")[0] + (
        "\n\nNone of the depot's staff were injured in the raid."
        "\n\nTwo of the depot's staff were injured in the raid, the union said.")
    findings = check_document(document_from_text(text), config=Config(rules_only=True)).findings
    assert sorted(f.a.text.split()[0] for f in findings) == ["No", "None"]
    assert not any("more claim" in f.explanation for f in findings)



def restated_claims(headline_figure: str = "140"):
    """A figure in the headline and again in the text, and a third claim that contradicts it."""
    text = (f"Mill to close with the loss of {headline_figure} jobs\n\n"
            "The owners will shut the mill in March, putting 140 jobs at risk.\n\n"
            "The mill's 95 employees were told on Monday.")
    document = make_document(text)
    headline = claim_of(document, f"Mill to close with the loss of {headline_figure} jobs", 0)
    body = claim_of(document, "The owners will shut the mill in March, putting 140 jobs at risk.", 1, sentence=1)
    staff = claim_of(document, "The mill's 95 employees were told on Monday.", 2, sentence=2)
    verdicts = [verdict(claim, staff, Kind.NUMERIC, 0.85,
                        highlights=(span_of(document, figure, claim), span_of(document, "95", staff)))
                for claim, figure in ((headline, headline_figure), (body, "140"))]
    return document, verdicts


def test_one_claim_against_the_same_figure_said_twice_is_one_finding_on_the_nearer_pair():
    document, verdicts = restated_claims()
    (finding,) = to_findings(verdicts, document, Config())
    assert finding.a.text.startswith("The owners will shut the mill")
    assert finding.explanation.endswith("'140' is also said in 1 more claim.")


def test_one_claim_against_two_different_figures_keeps_both_findings():
    document, verdicts = restated_claims(headline_figure="160")
    findings = to_findings(verdicts, document, Config())
    assert len(findings) == 2
    assert not any("also said" in f.explanation for f in findings)
