"""The files Rapporteur ships, installed as the package desktop_app.resources; looked up
with desktop_app.resource_files."""
