"""Web app and HTTP API (the ``web`` extra): see :func:`storyline.web.app.create_app`."""
