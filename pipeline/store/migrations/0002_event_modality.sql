-- Events carry a modality ("weak" for 検討-style intentions), see pipeline/tables/rows.py EventRow.
ALTER TABLE events ADD COLUMN IF NOT EXISTS modality TEXT;
