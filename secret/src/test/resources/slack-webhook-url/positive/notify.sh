curl -X POST -d @msg.json https://hooks.slack.com/services/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
