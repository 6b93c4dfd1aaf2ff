"""The one option table behind ``optimizer-playground`` and ``optimizer-playground render``
(desktop_app/cli.py): an option both take is one row, checked the same way in both."""
from __future__ import annotations

import pytest

from desktop_app import cli


def test_the_window_help_names_the_render_command(capsys):
    assert cli.main(["--help"]) == 0
    out = capsys.readouterr().out
    assert "render" in out and "optimizer-playground render --help" in out


@pytest.mark.parametrize("argv", [["--surface", "sadle"], ["--optimizers", "sgd,,adam"], ["--start", "1,x"],
                                  ["--setup", "/no/such/file.json"]])
def test_a_shared_option_fails_with_the_same_message_in_both_commands(argv, tmp_path, capsys):
    assert cli.main(argv) == 2
    app_error = capsys.readouterr().err.splitlines()[-1]
    assert cli.main(["render", *argv, "--out", str(tmp_path / "x.png")]) == 2
    render_error = capsys.readouterr().err.splitlines()[-1]
    assert app_error.split(": error: ")[1] == render_error.split(": error: ")[1]


def test_one_row_adds_an_option_to_both_commands(monkeypatch, tmp_path):
    def check_lang(args):
        if args.theme not in (None, "dark", "light"):
            raise cli.BadValue(f"--theme {args.theme!r}: expected dark or light")

    row = cli.Option("--theme", "colours of the window and the captions", check=check_lang,
                     kwargs={"metavar": "CODE"})
    monkeypatch.setattr(cli, "OPTIONS", cli.OPTIONS + (row,))
    assert cli.parse_args(["--theme", "dark"]).theme == "dark"
    assert cli.parse_args(["--theme", "light", "--out", str(tmp_path / "x.png")], cli.RENDER).theme == "light"
    for command in (cli.APP, cli.RENDER):
        assert "--theme CODE" in cli.build_parser(command).format_help()
        with pytest.raises(SystemExit) as exit_:
            cli.parse_args(["--theme", "blue", "--out", str(tmp_path / "x.png")] if command == cli.RENDER
                           else ["--theme", "blue"], command)
        assert exit_.value.code == 2


def test_a_source_file_excludes_the_race_spelled_out(capsys, tmp_path):
    setup = tmp_path / "s.json"
    setup.write_text("{}")
    assert cli.main(["--setup", str(setup), "--start", "-1,2"]) == 2
    assert "--setup cannot be combined with --start" in capsys.readouterr().err
    assert cli.main(["render", "--scenario", "1", "--setup", str(setup), "--out", str(tmp_path / "x.png")]) == 2
    assert "--scenario cannot be combined with --setup" in capsys.readouterr().err


def test_lang_is_checked_for_both_commands(capsys, tmp_path):
    """--lang ko|en on the window and on render; anything else is refused, naming the choices (exit 2)."""
    assert cli.parse_args(["--lang", "KO"]).lang == "ko"
    assert cli.parse_args(["--lang", "en", "--out", str(tmp_path / "x.png")], cli.RENDER).lang == "en"
    assert cli.main(["--lang", "fr"]) == 2
    err = capsys.readouterr().err
    assert "--lang 'fr'" in err and "ko (한국어)" in err and "en (English)" in err
    assert cli.main(["render", "--lang", "jp", "--scenario", "1", "--out", str(tmp_path / "x.png")]) == 2
    assert "--lang 'jp'" in capsys.readouterr().err and not (tmp_path / "x.png").exists()
