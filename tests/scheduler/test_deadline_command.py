"""`guichet deadline`: the JSON contract, the readable output and one-line errors."""

from __future__ import annotations

import json

import pytest
import typer
from typer.testing import CliRunner

from app.deadline_command import register


def _app() -> typer.Typer:
    app = typer.Typer()
    register(app)

    @app.command()
    def other() -> None:
        """A second command, so that `deadline` must be named as in the real CLI."""

    return app


runner = CliRunner()


def test_json_output_is_one_object_with_the_contract_keys() -> None:
    result = runner.invoke(
        _app(),
        [
            "deadline",
            "--regime",
            "eu-gdpr",
            "--country",
            "FR",
            "--received",
            "2027-03-05",
            "--json",
        ],
    )
    assert result.exit_code == 0, result.output
    payload = json.loads(result.stdout)
    assert payload["due"] == "2027-04-05"
    assert payload["extended_due"] == "2027-06-07"
    assert payload["extension_notice_by"] == "2027-04-05"
    assert payload["acknowledge_by"] is None
    assert payload["explanation"][0] == "received Fri 5 Mar 2027"
    assert {"regime", "received", "clock_start"} <= payload.keys()


def test_pauses_clock_start_and_policy_reach_the_engine() -> None:
    arguments = ["deadline", "--regime", "eu-gdpr", "--received", "2027-03-05", "--json"]
    arguments += ["--clock-start", "2027-03-06", "--pause-policy", "suspend"]
    arguments += ["--pause", "2027-03-10:2027-03-12", "--pause", "2027-03-20:2027-03-20"]
    result = runner.invoke(_app(), arguments)
    assert result.exit_code == 0, result.output
    payload = json.loads(result.stdout)
    assert payload["clock_start"] == "2027-03-06"
    assert payload["due"] == "2027-04-12"  # 6 Apr + 4 paused days = Sat 10 Apr → Mon 12 Apr


def test_readable_output_shows_dates_and_explanation() -> None:
    result = runner.invoke(
        _app(), ["deadline", "--regime", "us-ca-ccpa", "--received", "2027-03-01"]
    )
    assert result.exit_code == 0, result.output
    assert "2027-04-15" in result.stdout
    assert "acknowledge by" in result.stdout
    assert "confirm receipt within 10 business days" in result.stdout


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (["--regime", "gdpr", "--received", "2027-03-05"], "unknown regime"),
        (["--regime", "eu-gdpr", "--received", "5/3/2027"], "--received expects a date"),
        (["--received", "2027-03-05"], "--regime is required"),
        (["--regime", "eu-gdpr"], "--received is required"),
        (["--regime", "eu-gdpr", "--received", "2027-03-05", "--country", "XX"], "unknown country"),
        (["--regime", "eu-gdpr", "--received", "2027-03-05", "--pause", "2027-03-06"], "START:END"),
        (
            ["--regime", "eu-gdpr", "--received", "2027-03-05", "--pause", "2027-03-09:2027-03-06"],
            "after its end",
        ),
        (
            ["--regime", "eu-gdpr", "--received", "2027-03-05", "--clock-start", "2027-03-01"],
            "before receipt",
        ),
        (
            ["--regime", "eu-gdpr", "--received", "2027-03-05", "--pause-policy", "maybe"],
            "--pause-policy",
        ),
    ],
)
def test_bad_input_gives_one_line_on_stderr_and_exit_code_2(
    arguments: list[str], message: str
) -> None:
    result = runner.invoke(_app(), ["deadline", *arguments, "--json"])
    assert result.exit_code == 2
    assert result.stdout == ""
    assert message in result.stderr
    assert result.stderr.count("\n") == 1
