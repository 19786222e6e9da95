"""The guide's conditions as data, evaluated over facts."""
