window.YTD.direct_messages.part0 = [
  {
    "dmConversation" : {
      "conversationId" : "987654321-1460678903436467712",
      "messages" : [
        {
          "messageCreate" : {
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "Are we still on for Saturday's ride?",
            "mediaUrls" : [ ],
            "senderId" : "987654321",
            "id" : "1772000000000000001",
            "recipientId" : "1460678903436467712",
            "createdAt" : "2024-03-24T19:02:44.512Z"
          }
        },
        {
          "messageCreate" : {
            "reactions" : [
              {
                "senderId" : "987654321",
                "reactionKey" : "like",
                "eventId" : "1772000000000000003",
                "createdAt" : "2024-03-24T19:05:00.000Z"
              }
            ],
            "urls" : [ ],
            "text" : "Yes, 9am at the cafe. My number is +44 20 7946 0977 if you're late.",
            "mediaUrls" : [ ],
            "senderId" : "1460678903436467712",
            "id" : "1772000000000000002",
            "recipientId" : "987654321",
            "createdAt" : "2024-03-24T19:04:10.001Z"
          }
        }
      ]
    }
  }
]
