"""The ``guichet`` command line (typer + rich)."""

from __future__ import annotations

import json
import logging
import threading
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from app import views
from app.config_file import write_config
from app.deadline_command import register as register_deadline_command
from app.demo import feed_samples
from app.lifecycle_commands import register as register_lifecycle_commands
from app.nlp_commands import register as register_nlp_commands
from app.runtime import Runtime, SchemaOutOfDateError, build_runtime, configure_logging, utc_now
from app.scheduler_commands import register as register_scheduler_commands
from app.serve import run as run_loop
from app.serve import stop_on_signals
from app.telegram_commands import register as register_telegram_commands
from config import ConfigError, Settings, load_settings
from store import messages as message_repo
from store import requests as request_repo
from store.migrate import upgrade

app = typer.Typer(
    help="Guichet: a single front desk for personal-data requests.", no_args_is_help=True
)
requests_app = typer.Typer(help="Look at tracked requests.", no_args_is_help=True)
db_app = typer.Typer(help="Database schema.", no_args_is_help=True)
demo_app = typer.Typer(help="Sample data for trying Guichet out.", no_args_is_help=True)
app.add_typer(requests_app, name="requests")
app.add_typer(db_app, name="db")
app.add_typer(demo_app, name="demo")
# Rich falls back to 80 columns when output is not a terminal (make, pipes),
# which would truncate references and dates in the tables.
out = Console(width=None if Console().is_terminal else 160)
err = Console(stderr=True)


class _State:
    config_path: Path = Path("guichet.toml")
    settings: Settings | None = None


_state = _State()


@app.callback()
def _main(
    config: Annotated[
        Path, typer.Option("--config", "-c", envvar="GUICHET_CONFIG", help="Configuration file.")
    ] = Path("guichet.toml"),
) -> None:
    _state.config_path = config
    _state.settings = None


def _settings() -> Settings:
    """Load the settings once per command; explain problems and exit 2."""
    if _state.settings is None:
        try:
            _state.settings = load_settings(_state.config_path)
        except ConfigError as exc:
            for problem in exc.problems:
                err.print(f"[red]config:[/red] {problem}", highlight=False)
            raise typer.Exit(2) from None
        logging.getLogger().setLevel(_state.settings.log_level)
    return _state.settings


def _runtime(*, check_schema: bool = True) -> Runtime:
    runtime = build_runtime(_settings())
    if check_schema:
        try:
            runtime.check_schema()
        except SchemaOutOfDateError as exc:
            err.print(f"[red]{exc}[/red]")
            raise typer.Exit(2) from None
    return runtime


@app.command()
def init(
    demo: Annotated[bool, typer.Option(help="Write the demo configuration.")] = False,
    force: Annotated[bool, typer.Option(help="Overwrite an existing file.")] = False,
) -> None:
    """Write a starting configuration file with a freshly generated secret."""
    if write_config(_state.config_path, demo=demo, force=force):
        out.print(f"wrote {_state.config_path}")
    else:
        out.print(f"{_state.config_path} exists; left as it is (use --force to replace it)")


@app.command("check-config")
def check_config() -> None:
    """Validate the configuration; one line per problem."""
    settings = _settings()
    names = ", ".join(c.name for c in settings.controllers) or "none"
    out.print(f"configuration OK: {len(settings.controllers)} controller(s): {names}")
    if not settings.controllers:
        err.print("warning: no controller configured; messages will be quarantined")


@db_app.command("upgrade")
def db_upgrade() -> None:
    """Create or migrate the database schema to the current version."""
    runtime = _runtime(check_schema=False)
    upgrade(runtime.engine)
    out.print("database schema is up to date")
    runtime.close()


@app.command()
def run(
    once: Annotated[bool, typer.Option(help="Take what is waiting, deliver, then exit.")] = False,
) -> None:
    """Take messages from the Maildir, file requests and deliver acknowledgements."""
    runtime = _runtime()
    stop = threading.Event()
    stop_on_signals(stop)
    totals = run_loop(runtime, once=once, stop=stop)
    out.print(
        f"took {totals.taken} message(s) {totals.statuses or ''}; "
        f"delivered {totals.sent}, delivery failures {totals.failed_deliveries}"
    )
    runtime.close()


@requests_app.command("list")
def requests_list(
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
    controller: Annotated[str | None, typer.Option(help="Only this controller.")] = None,
    status: Annotated[list[str] | None, typer.Option(help="Only these statuses.")] = None,
) -> None:
    """List requests by due date, and messages waiting in quarantine."""
    runtime = _runtime()
    with runtime.sessions() as session:
        found = request_repo.list_requests(session, controller=controller, statuses=status or ())
        quarantined = message_repo.list_messages(session, statuses=(message_repo.QUARANTINED,))
        if as_json:
            payload = {
                "requests": [views.request_summary(r) for r in found],
                "quarantine": [views.quarantine_summary(m) for m in quarantined],
            }
            typer.echo(json.dumps(payload, ensure_ascii=False, indent=2))
        else:
            today = utc_now().date()
            out.print(views.requests_table(found, today=today))
            others = message_repo.list_messages(
                session,
                statuses=(
                    message_repo.QUARANTINED, message_repo.NOT_A_REQUEST,
                    message_repo.AUTOMATIC, message_repo.DUPLICATE, message_repo.FOLLOW_UP,
                ),
            )  # fmt: skip
            if others:
                out.print(views.messages_table(others, title="Messages that opened no request"))
    runtime.close()


@requests_app.command("show")
def requests_show(
    reference: str,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """Show one request with its deadlines and its event log."""
    runtime = _runtime()
    with runtime.sessions() as session:
        request = request_repo.get_request(session, reference=reference.strip().upper())
        if request is None:
            err.print(f"no request {reference}")
            raise typer.Exit(1)
        summary = views.request_summary(request)
        summary["events"] = [
            {"seq": e.seq, "at": e.at.isoformat(), "actor": e.actor, "action": e.action,
             "reason": e.reason, "detail": e.detail}
            for e in request.events
        ]  # fmt: skip
        if as_json:
            typer.echo(json.dumps(summary, ensure_ascii=False, indent=2))
        else:
            for key, value in summary.items():
                if key != "events":
                    out.print(f"[bold]{key}[/bold]: {value}", highlight=False)
            out.print("[bold]events[/bold]:")
            for event in summary["events"]:
                out.print(f"  {event['seq']:>3} {event['at']} {event['actor']} {event['action']}")
    runtime.close()


@demo_app.command("feed")
def demo_feed() -> None:
    """Deliver the sample messages into the configured Maildir (once)."""
    settings = _settings()
    written = feed_samples(settings.maildir.path, now=utc_now())
    out.print(f"delivered {written} sample message(s) to {settings.maildir.path}")


register_deadline_command(app)
register_lifecycle_commands(app)
register_nlp_commands(app)
register_telegram_commands(app)
register_scheduler_commands(app)


def main() -> None:
    """Console-script entry point."""
    configure_logging("INFO")
    app()
