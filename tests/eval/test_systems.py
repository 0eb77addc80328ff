"""The plain baselines the evaluation compares against, over the sample plans."""

from __future__ import annotations

from eval.systems import TopPassage


def test_the_llama_index_recipe_answers_with_the_plan_text_and_none_of_the_index_bookkeeping(plans_service):
    recipe = TopPassage(plans_service, "llama-index")
    out = recipe.run({"question": "Which department monitors line 17.b?"})
    answer = out.response["answer"].removesuffix(" [1]")
    chunks = [" ".join(c["quote"].split()) for c in out.response["citations"]]
    assert answer and not out.response["abstained"]
    assert not any(key in answer for key in ("written:", "start:", "heading_start:"))
    # the optimizer keeps some sentences of the top node, in their order
    rest = iter(chunks[0].split())
    assert all(word in rest for word in answer.split())
    again = recipe.run({"question": "Which department monitors line 17.b?"})
    assert again.response["answer"] == out.response["answer"]
