"""Small documents for the batch and corpus tests: English with the damage half-done MT leaves
(leftover Chinese, Chinese punctuation, clause-split capitals, missing spaces), and clean English.
Written for these tests; nothing here was tuned on the shared sets."""
import random

CLEAN = [
    "The library opens at nine on weekdays and closes at six.",
    "Students from twelve countries joined the summer programme.",
    "The committee met on Tuesday to review the budget.",
    "A new laboratory for materials research opened in March.",
    "Visitors can borrow bicycles at the east gate.",
]
DAMAGED = [
    "The delegation visited the school,Talked with teachers and students。",
    "近日，学校召开了年度工作会议。 Visitors praised the new gardens.",  # not its translation
    "He said the project was important,It will be finished next year。",
    "The university held a ceremony，More than 300 guests attended.",
    "The report was published on Monday.The authors thanked the reviewers.",
    "会议指出，要加强国际合作。",
]


def document(rng: random.Random, damaged_share: float = 0.5, sentences: int = 6) -> str:
    parts = [rng.choice(DAMAGED if rng.random() < damaged_share else CLEAN) for _ in range(sentences)]
    return " ".join(parts)


def documents(n: int, seed: int = 7, **kwargs) -> list[str]:
    rng = random.Random(seed)
    return [document(rng, **kwargs) for _ in range(n)]
