"""Dialogs and messages shown to the user."""
