"""User-facing errors: one Chinese sentence, an exit code, never a traceback."""


class JixiaoError(Exception):
    """An error the user can act on. ``str(err)`` is one Chinese sentence naming what and where."""

    exit_code = 2

    def __init__(self, message: str, exit_code: int = 2) -> None:
        super().__init__(message)
        self.message = message
        self.exit_code = exit_code

    def __str__(self) -> str:
        return self.message


class InputError(JixiaoError):
    """The input file or value is malformed (exit code 2)."""
