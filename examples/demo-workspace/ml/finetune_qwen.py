"""LoRA fine-tuning of the customer-service assistant on last quarter's chat transcripts."""
import yaml
from datasets import load_dataset
from peft import LoraConfig, get_peft_model
from transformers import AutoModelForCausalLM, AutoTokenizer, Trainer, TrainingArguments

with open("ml/train_config.yaml", encoding="utf-8") as f:
    cfg = yaml.safe_load(f)

tokenizer = AutoTokenizer.from_pretrained(cfg["base_model"])
model = AutoModelForCausalLM.from_pretrained(cfg["base_model"])
model = get_peft_model(
    model,
    LoraConfig(r=cfg["lora"]["r"], lora_alpha=cfg["lora"]["alpha"], target_modules=["q_proj", "v_proj"], task_type="CAUSAL_LM"),
)

# Transcripts exported from the support system: they contain customers' names and order details.
dataset = load_dataset("json", data_files=cfg["train_file"])["train"]
dataset = dataset.map(lambda row: tokenizer(row["dialogue"], truncation=True, max_length=1024), batched=True)

trainer = Trainer(
    model=model,
    args=TrainingArguments(output_dir="checkpoints/kefu-lora", num_train_epochs=cfg["epochs"], learning_rate=cfg["learning_rate"]),
    train_dataset=dataset,
)
trainer.train()
model.save_pretrained("checkpoints/kefu-lora")
