"""Small builders for hand-made gold and predicted records over one synthetic raw text."""
from pipeline.schema import Actor, DateItem, Entity, Event, GoldFile, Trigger

# 200 distinct-looking characters; offsets are all that matter.
RAW = "".join(chr(0x4E00 + (i * 7) % 900) for i in range(200))


def ent(s, e, label="ORG", canonical=None):
    return Entity(start=s, end=e, text=RAW[s:e], label=label, canonical=canonical or RAW[s:e])


def date(s, e, value="2024", begin="2024-01-01", end_date="2024-12-31", mod=None, type="DATE"):
    return DateItem(start=s, end=e, text=RAW[s:e], type=type, value=value, begin=begin, end_date=end_date, mod=mod)


def ev(s, e, type="PLEDGE", actors=(), negated=False, content=None, date=None, location=None):
    return Event(type=type, trigger=Trigger(start=s, end=e, text=RAW[s:e]),
                 actors=[Actor(text=a, canonical=a) for a in actors], negated=negated,
                 content=content, date=date, location=location)


def gold(entities=(), dates=(), events=(), regions=((0, 200),)):
    return GoldFile(file="doc.txt", regions=[tuple(r) for r in regions], entities=list(entities),
                    dates=list(dates), events=list(events))


class Pred:
    def __init__(self, entities=(), dates=(), events=()):
        self.entities, self.dates, self.events = list(entities), list(dates), list(events)
