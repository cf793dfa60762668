"""`python -m app.evaluation timeml|eval ...`: the same commands as `chronicle timeml|eval`."""

import click

from app.evaluation.commands import eval_command, timeml_command


@click.group()
def main() -> None:
    """Evaluate the temporal engine on TimeML corpora."""


main.add_command(timeml_command)
main.add_command(eval_command)

if __name__ == "__main__":
    main()
