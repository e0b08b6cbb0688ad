"""aiosmtpd handlers for the CIMS e-mail tests (run by Debian's python3 -m aiosmtpd -c smtp_handlers.NAME ARGS)."""
import pathlib
import uuid


class Folder:
    """Accepts every message and keeps it, exactly as received, as FOLDER/<id>.eml."""

    def __init__(self, folder):
        self.folder = pathlib.Path(folder)
        self.folder.mkdir(parents=True, exist_ok=True)

    @classmethod
    def from_cli(cls, parser, *args):
        return cls(*args)

    async def handle_DATA(self, server, session, envelope):
        target = self.folder / f"{uuid.uuid4().hex}.eml"
        partial = target.with_suffix(".part")
        partial.write_bytes(envelope.original_content)
        partial.rename(target)
        return "250 2.0.0 Message accepted"


class RefuseRecipients:
    """Refuses every recipient, quoting the address as real servers do."""

    @classmethod
    def from_cli(cls, parser, *args):
        return cls()

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        return f"550 5.1.1 <{address}>: Recipient address rejected: User unknown"
