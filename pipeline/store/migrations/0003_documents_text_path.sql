-- Documents read from HTML/PDF record where their extracted text was written (offsets refer to it).
ALTER TABLE documents ADD COLUMN IF NOT EXISTS text_path TEXT;
