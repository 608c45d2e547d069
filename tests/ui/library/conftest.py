import pytest

from tests.support.libraries import fill_library


@pytest.fixture
def filled_library(library_path):
    return fill_library(library_path)
